// /api/v1/console/settings: what the console needs to know of the gateway's configuration and cannot
// learn elsewhere: today Jaeger's UI address (KW_JAEGER_UI_URL), which turns the trail's trace ids into
// links. Signed-in callers only: the address names internal infrastructure, and every page that shows a
// trace id is behind sign-in anyway. No RPC: the gateway answers from its own configuration.
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { GatewayEnv } from '../auth/actor.js';
import { openApiRouter } from '../openapi.js';
import { settingsOf, type GatewayDeps } from '../rpc.js';
import { json, protectedRoute, signedIn } from './kit.js';

const ConsoleSettings = z.object({
  jaegerUiUrl: z.string().nullable().openapi({
    description: "Jaeger's web UI (KW_JAEGER_UI_URL, http or https, no trailing slash); a trace is at `<jaegerUiUrl>/trace/<traceId>`. null: not configured",
    example: 'http://localhost:16686',
  }),
}).openapi('ConsoleSettings');

const settingsRoute = protectedRoute(['console'])({
  method: 'get', path: '/settings', summary: "The gateway's settings the console uses (Jaeger's address for trace links)",
  responses: { 200: json(ConsoleSettings, 'The settings') },
});

export function consoleSettingsRoutes(deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  // Read once: the configuration does not change while the gateway runs.
  const answer = { jaegerUiUrl: settingsOf(deps).jaegerUiUrl ?? null };
  const app = openApiRouter();
  app.use('*', signedIn);
  app.openapi(settingsRoute, (c) => {
    // Per user (behind sign-in) and stable: the browser may keep it a while.
    c.header('Cache-Control', 'private, max-age=300');
    return c.json(answer, 200);
  });
  return app;
}
