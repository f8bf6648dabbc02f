// /api/v1/docs: the interactive API reference over /api/v1/openapi.json,
// rendered by Scalar's standalone viewer, served from the installed
// @scalar/api-reference package (pinned in package.json), never from a CDN:
// the page works offline and under a CSP that allows only this origin's
// scripts. The viewer is started by a small script of ours, not an inline one.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { GatewayEnv } from '../auth/actor.js';
import { docsHeaders } from './headers.js';

/** Its name next to the compiled gateway (services/gateway/dist). */
export const SCALAR_SCRIPT_FILE = 'scalar-standalone.js';

/**
 * The viewer's browser build: copied next to the compiled gateway by `npm run build` (so the production
 * image needs no @scalar package), else inside the package (not in its exports map, so found next to
 * its entry point).
 */
export function scalarScriptPath(): string {
  const copied = fileURLToPath(new URL(`./${SCALAR_SCRIPT_FILE}`, import.meta.url));
  if (existsSync(copied)) return copied;
  const entry = createRequire(import.meta.url).resolve('@scalar/api-reference');
  return join(dirname(entry), 'browser', 'standalone.js');
}

const page = (base: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Keywarden API reference</title>
  </head>
  <body>
    <div id="app"></div>
    <script src="${base}/scalar.js"></script>
    <script src="${base}/start.js"></script>
  </body>
</html>`;

const start = (documentUrl: string) =>
  `Scalar.createApiReference('#app', ${JSON.stringify({
    url: documentUrl, withDefaultFonts: false, hideClientButton: true, telemetry: false,
    // The viewer's hosted extras (AI agent, MCP generator, developer toolbar) call out to Scalar's cloud: off.
    agent: { disabled: true }, mcp: { disabled: true }, showDeveloperTools: 'never', showToolbar: 'never',
  })});\n`;

export function docsRoutes(options: { documentUrl: string; base: string }): Hono<GatewayEnv> {
  let script: Buffer | undefined;
  const app = new Hono<GatewayEnv>();
  app.use('*', docsHeaders());
  app.get('/', (c) => c.html(page(options.base), 200, { 'cache-control': 'no-cache' }));
  app.get('/start.js', (c) => c.body(start(options.documentUrl), 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }));
  app.get('/scalar.js', compress(), (c) => {
    // Read on first use (4 MB): most gateways never serve the reference page.
    script ??= readFileSync(scalarScriptPath());
    return c.body(new Uint8Array(script), 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' });
  });
  return app;
}
