import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EnvReader } from '../lib/config';
import { nodeProcessEnv } from '../lib/node-process-env';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS } from '../lib/subgraphs';

/**
 * `npm start`: the whole graph on one machine, as five processes (four subgraphs, then the
 * gateway once they answer). Ports move with FINANCE_PORT, AUDIT_PORT, PARTY_AFFAIRS_PORT,
 * COMPLAINTS_PORT and GATEWAY_PORT. Ctrl-C stops all of them.
 */
const DIST = join(__dirname, '..');
const env = new EnvReader();
const ports = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, env.port(`${s.envPrefix}_PORT`, s.defaultPort)]));
const gatewayPort = env.port('GATEWAY_PORT', GATEWAY_DEFAULT_PORT);
try {
  env.done();
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}

const children: ChildProcess[] = [];
let stopping = false;

function run(label: string, script: string, extraEnv: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join(DIST, script)], {
    env: { ...process.env, ...nodeProcessEnv(), ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => process.stdout.write(`[${label}] ${line}\n`));
  }
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[${label}] exited (${signal ?? code}); stopping everything`);
      void stopAll(1);
    }
  });
  children.push(child);
  return child;
}

async function waitForHealth(label: string, port: number, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet: first start migrates and seeds the store
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${label} did not answer on port ${port} within ${timeoutMs / 1000} s`);
}

async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
    ),
  );
  process.exit(code);
}

async function main() {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  const subgraphUrls: Record<string, string> = {};
  // Subgraphs that read other domains (complaint subjects, comparison runs) go through the gateway.
  const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;
  for (const s of SUBGRAPHS) {
    run(s.name, `subgraphs/${s.name}/src/index.js`, { PORT: String(ports[s.name]), GATEWAY_URL: gatewayUrl });
    subgraphUrls[`${s.envPrefix}_URL`] = `http://localhost:${ports[s.name]}/graphql`;
  }
  await Promise.all(SUBGRAPHS.map((s) => waitForHealth(s.name, ports[s.name])));
  run('gateway', 'gateway/src/index.js', { PORT: String(gatewayPort), ...subgraphUrls });
  await waitForHealth('gateway', gatewayPort);
  console.log(`\nThe supervision graph is up: ${gatewayUrl}  (workbench: http://localhost:${gatewayPort}/graphiql; Ctrl-C stops it)\n`);
}

main().catch((err: Error) => {
  console.error(err.message);
  void stopAll(1);
});
