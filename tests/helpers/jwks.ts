import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type KeyLike } from 'jose';

/** An identity provider's key set served over HTTP, as JWKS_URL points at in production. */
export interface JwksServer {
  readonly url: string;
  /** The private key of the set's one public key (kid `k1`, RS256), to sign test tokens with. */
  readonly privateKey: KeyLike;
  close(): Promise<void>;
}

export async function startJwksServer(): Promise<JwksServer> {
  const pair = await generateKeyPair('RS256');
  const key = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [key] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    privateKey: pair.privateKey,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
