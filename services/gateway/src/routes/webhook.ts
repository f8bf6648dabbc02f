// /webhook: the public endpoints a CI system calls with an application's
// webhook token (no user session, outside /api/v1 and its bearer-JWT
// middleware). The gateway judges only what it must to read the request: its
// size, that it is JSON and that the body is a JSON object of string fields;
// everything else (the token, missing fields, unknown application, disabled
// webhook, a stopped or deleted application, signature, version format, rate limit, idempotency) is the
// deployer's. Every refusal, the gateway's own included (webhook-refusal.ts),
// is audited by the deployer, in one place. The raw body goes along byte for
// byte because the signature covers it. Neither the token nor the body is ever
// logged.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { isKeywardenError } from '@keywarden/errors';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { GatewayEnv } from '../auth/actor.js';
import { inputGuard } from '../input-guard.js';
import { openApiRouter } from '../openapi.js';
import { rpcCaller, settingsOf, type GatewayDeps } from '../rpc.js';
import { DeploymentResult, Deployment } from './deploy-schemas.js';
import { clientInfo } from './identity/http.js';
import { json, problem, reply } from './kit.js';
import { bearerToken, isJsonContentType, passRetryAfter, refuse } from './webhook-refusal.js';

/** A webhook request is a few fields: anything bigger is refused before it is buffered. */
export const WEBHOOK_MAX_BODY_BYTES = 64 * 1024;

const webhookToken = [{ webhookToken: [] }];
const problems = {
  400: problem('The body is not JSON, not a JSON object, or has a field that is not a string (ERR_VALIDATION); missing fields (ERR_MISSING_FIELDS); the version is not an image tag (ERR_INVALID_VERSION)'),
  401: problem('No token (ERR_UNAUTHENTICATED); wrong token (ERR_INVALID_TOKEN); a missing, invalid or expired signature when the application requires one (ERR_INVALID_SIGNATURE). With WWW-Authenticate: Bearer'),
  403: problem("The application's webhook is disabled (ERR_WEBHOOK_DISABLED)"),
  404: problem('No such application (ERR_APPLICATION_NOT_FOUND) or deployment (ERR_NOT_FOUND)'),
  409: problem('The application is stopped: start it to deploy again (ERR_APPLICATION_STOPPED); the Idempotency-Key was used before with another version (ERR_IDEMPOTENCY_KEY_REUSED)'),
  410: problem('The application was deleted: its webhook no longer deploys (ERR_APPLICATION_DELETED)'),
  413: problem(`The body is larger than ${WEBHOOK_MAX_BODY_BYTES} bytes (ERR_PAYLOAD_TOO_LARGE)`),
  415: problem('The Content-Type is not JSON (ERR_UNSUPPORTED_MEDIA_TYPE): send application/json, or no Content-Type'),
  429: problem('Too many webhook requests for this application, or too many refused requests from this address (ERR_RATE_LIMITED); Retry-After when the deployer says how long'),
  503: problem('The deployer cannot be reached right now (ERR_UNAVAILABLE); retry later'),
} as const;

const DeployInput = z
  .object({
    applicationId: z.uuid().optional().openapi({ description: 'The application, by id …' }),
    applicationName: z.string().optional().openapi({ description: '… or by name', example: 'web-shop' }),
    version: z.string().openapi({ description: 'The image tag to deploy: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}', example: '1.4.2' }),
    token: z.string().optional().openapi({ description: 'The webhook token, when it cannot go in Authorization (the header wins)' }),
  })
  .openapi('WebhookDeployInput');
const WebhookDeployResult = z
  .object({ deployment: Deployment, duplicate: z.boolean().openapi({ description: 'The Idempotency-Key was seen before: this is its deployment' }) })
  .openapi('WebhookDeployResult');
const location = { Location: { description: 'Where to follow the deployment', schema: { type: 'string' as const } } };

const deployRoute = createRoute({
  method: 'post', path: '/deploy', tags: ['webhook'], security: webhookToken,
  summary: 'Deploy a version of an application (CI systems)',
  description: 'Authenticated by the application\'s webhook token (Authorization: Bearer whk_…, or the body\'s token). '
    + 'With signatures required, X-Keywarden-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(signing secret, "<t>.<raw body>")>, at most 300 s old.',
  request: {
    headers: z.object({
      'idempotency-key': z.string().optional().openapi({ description: 'A retried request with the same key gets the same deployment (e.g. the pipeline id)' }),
      'x-keywarden-signature': z.string().optional().openapi({ example: 't=1767225600,v1=5f2b…' }),
    }),
    body: { required: true, content: { 'application/json': { schema: DeployInput } } },
  },
  responses: {
    202: { ...json(WebhookDeployResult, 'Accepted: the deployment is queued'), headers: location },
    200: {
      ...json(WebhookDeployResult, 'A retry of an earlier request (same Idempotency-Key): its deployment, duplicate true'),
      headers: { ...location, 'Idempotent-Replayed': { description: '"true": this answers an earlier request with the same Idempotency-Key', schema: { type: 'string' as const } } },
    },
    ...problems,
  },
});
const followRoute = createRoute({
  method: 'get', path: '/deployments/{deploymentId}', tags: ['webhook'], security: webhookToken,
  summary: 'A deployment started by webhook, with the same token (poll until succeeded or failed)',
  request: { params: z.object({ deploymentId: z.uuid().openapi({ param: { name: 'deploymentId', in: 'path' } }) }) },
  responses: {
    200: json(DeploymentResult, 'The deployment'),
    400: problem('The deployment id is not a UUID (ERR_VALIDATION)'),
    401: problems[401], 403: problem("The application's webhook is disabled (ERR_WEBHOOK_DISABLED)"), 404: problem('No such deployment (ERR_NOT_FOUND)'),
    410: problems[410], 429: problems[429], 503: problems[503],
  },
});

/** The deployer's 429 gets Retry-After; its 401s get the WWW-Authenticate challenge an HTTP client expects. */
async function passingHeaders<T>(c: Context, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    passRetryAfter(c, error);
    if (isKeywardenError(error) && error.status === 401) {
      c.header('WWW-Authenticate', error.code === 'ERR_UNAUTHENTICATED' ? `Bearer realm="${REALM}"` : `Bearer realm="${REALM}", error="invalid_token"`);
    }
    throw error;
  }
}

const REALM = 'keywarden-webhook';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (value: unknown, field: string, issues: Array<{ path: string; message: string }>): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  issues.push({ path: field, message: 'a string is expected' });
  return '';
};

export function webhookRoutes(deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  const rpc = rpcCaller(deps);
  const settings = settingsOf(deps);
  const app = openApiRouter();
  const source = (c: Context<GatewayEnv>) => clientInfo(c, settings).ip;
  // Before the body is read: a content type that is not JSON, then the size (declared or streamed).
  app.use('/deploy', async (c, next) => {
    if (c.req.method === 'POST' && !isJsonContentType(c.req.header('content-type'))) await refuse(c, rpc, 'unsupported_media_type', source(c));
    await next();
  });
  app.use('*', bodyLimit({ maxSize: WEBHOOK_MAX_BODY_BYTES, onError: (c) => refuse(c, rpc, 'body_too_large', source(c)) }));
  // Text PostgreSQL cannot store, anywhere in the request: refused like the other unreadable bodies, and audited.
  app.use('*', inputGuard({
    maxBodyBytes: WEBHOOK_MAX_BODY_BYTES,
    onRefused: (c, refusal) => {
      if (c.req.method === 'GET' && refusal.parts.includes('path')) return refuse(c, rpc, 'invalid_deployment_id', source(c));
      if (refusal.bodyNotUtf8) return refuse(c, rpc, 'invalid_json', source(c));
      return refuse(c, rpc, 'invalid_field', source(c), refusal.issues);
    },
  }));
  app.openAPIRegistry.registerComponent('securitySchemes', 'webhookToken', {
    type: 'http', scheme: 'bearer', description: "An application's webhook token (whk_…), shown once when registered or regenerated.",
  });

  // Documented, but not validated by the route's schemas: a validator would re-serialize the body
  // (breaking the signature) and judge fields the deployer must judge (and audit).
  app.openAPIRegistry.registerPath(deployRoute);
  app.post('/deploy', async (c) => {
    const raw = new Uint8Array(await c.req.arrayBuffer());
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      return refuse(c, rpc, 'invalid_json', source(c));
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return refuse(c, rpc, 'not_an_object', source(c));
    const fields = parsed as Record<string, unknown>;
    const issues: Array<{ path: string; message: string }> = [];
    const request = {
      applicationId: text(fields.applicationId, 'applicationId', issues),
      applicationName: text(fields.applicationName, 'applicationName', issues),
      version: text(fields.version, 'version', issues),
      token: text(fields.token, 'token', issues),
    };
    if (issues.length > 0) return refuse(c, rpc, 'invalid_field', source(c), issues);
    const result = await passingHeaders(c, () => rpc('deploy.WebhookDeploy', {
      ...request,
      token: bearerToken(c) || request.token,
      idempotencyKey: c.req.header('idempotency-key') ?? '',
      signature: c.req.header('x-keywarden-signature') ?? '',
      body: Buffer.from(raw).toString('base64'),
      sourceAddress: source(c),
    }));
    const answer = reply(WebhookDeployResult, result);
    c.header('Location', `/webhook/deployments/${answer.deployment.deploymentId}`);
    c.header('Cache-Control', 'no-store');
    // The same marker as every other retried Idempotency-Key (routes/idempotency.ts).
    if (answer.duplicate) c.header('Idempotent-Replayed', 'true');
    return c.json(answer, answer.duplicate ? 200 : 202);
  });

  // Documented, validated by hand: a malformed id is a refusal the deployer audits like the others.
  app.openAPIRegistry.registerPath(followRoute);
  app.get('/deployments/:deploymentId', async (c) => {
    const deploymentId = c.req.param('deploymentId');
    if (!UUID.test(deploymentId)) return refuse(c, rpc, 'invalid_deployment_id', source(c));
    const result = await passingHeaders(c, () => rpc('deploy.GetWebhookDeployment', { deploymentId, token: bearerToken(c), sourceAddress: source(c) }));
    c.header('Cache-Control', 'no-store');
    return c.json(reply(DeploymentResult, result), 200);
  });
  return app;
}
