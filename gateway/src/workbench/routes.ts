import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Route } from '../../../lib/http/graphql-handler';
import { readExamples, type WorkbenchExample } from './examples';
import { workbenchDir } from './files';

/**
 * The auditors' workbench: GraphiQL served by the gateway itself from the npm packages
 * (graphiql's UMD build, React 18 UMD), so it works on a closed network with no CDN. The page
 * adds a token field and the example queries of gateway/workbench/examples.graphql.
 */

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const ASSETS: Record<string, { file: () => string; type: string }> = {
  'react.production.min.js': { file: () => join(packageDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': {
    file: () => join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
    type: 'text/javascript',
  },
  'graphiql.min.js': { file: () => join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.min.css': { file: () => join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
  'workbench.js': { file: () => join(workbenchDir(), 'workbench.js'), type: 'text/javascript' },
  'workbench.css': { file: () => join(workbenchDir(), 'workbench.css'), type: 'text/css' },
};

export const WORKBENCH_ASSET_PREFIX = '/graphiql/assets/';

/** Only our own origin: no CDN, no inline script, no framing. GraphiQL's CSS uses inline styles and data: fonts. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** JSON inside a <script> element: `<` escaped so no string can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(examples: WorkbenchExample[]): string {
  const asset = (name: string) => `${WORKBENCH_ASSET_PREFIX}${name}`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Supervision graph · auditors' workbench</title>
<link rel="stylesheet" href="${asset('graphiql.min.css')}">
<link rel="stylesheet" href="${asset('workbench.css')}">
</head>
<body>
<header id="workbench-bar">
  <strong>Supervision graph</strong>
  <label>Example <select id="workbench-example"></select></label>
  <label>Token <input id="workbench-token" type="password" autocomplete="off" spellcheck="false" placeholder="paste a token (npm run token -- --role auditor --region 4310)"></label>
  <button id="workbench-use-token" type="button">Use token</button>
  <button id="workbench-sign-out" type="button">Sign out</button>
  <span id="workbench-caller">anonymous</span>
</header>
<main id="workbench-graphiql">Loading GraphiQL…</main>
<script type="application/json" id="workbench-examples">${scriptJson(examples)}</script>
<script src="${asset('react.production.min.js')}"></script>
<script src="${asset('react-dom.production.min.js')}"></script>
<script src="${asset('graphiql.min.js')}"></script>
<script src="${asset('workbench.js')}"></script>
</body>
</html>
`;
}

interface LoadedAsset {
  readonly type: string;
  readonly raw: Buffer;
  readonly gzip: Buffer;
}

function send(req: IncomingMessage, res: ServerResponse, type: string, raw: Buffer, gzip: Buffer, cache: string) {
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = acceptsGzip ? gzip : raw;
  res.writeHead(200, {
    'content-type': `${type}; charset=utf-8`,
    'content-length': String(body.length),
    'cache-control': cache,
    vary: 'accept-encoding',
    ...(acceptsGzip ? { 'content-encoding': 'gzip' } : {}),
    ...SECURITY_HEADERS,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Routes for `/`, `/graphiql` and each asset. Files are read (and gzipped) once, on first use. */
export function workbenchRoutes(): Record<string, Route> {
  let html: { raw: Buffer; gzip: Buffer } | undefined;
  const loaded = new Map<string, LoadedAsset>();

  const servePage: Route = (req, res) => {
    if (!html) {
      const raw = Buffer.from(page(readExamples()));
      html = { raw, gzip: gzipSync(raw) };
    }
    send(req, res, 'text/html', html.raw, html.gzip, 'no-cache');
  };
  const routes: Record<string, Route> = { '/': servePage, '/graphiql': servePage };
  for (const [name, spec] of Object.entries(ASSETS)) {
    routes[`${WORKBENCH_ASSET_PREFIX}${name}`] = (req, res) => {
      let asset = loaded.get(name);
      if (!asset) {
        const raw = readFileSync(spec.file());
        asset = { type: spec.type, raw, gzip: gzipSync(raw) };
        loaded.set(name, asset);
      }
      send(req, res, asset.type, asset.raw, asset.gzip, 'public, max-age=3600');
    };
  }
  return routes;
}
