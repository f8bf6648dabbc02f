// /api/v1/notifications: channels, subscriptions, the delivery log and test
// sends, each one rpc.notify.* call made as the actor. Every route acts for
// one owner: the signed-in user, or with ?organizationId= that organization,
// the actor's role in it coming from identity (organizationActor). The
// notifier decides who may manage what (the user; an organization's owners
// and admins); the routes check PAT scopes.
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Scope } from '@keywarden/contracts';
import type { Context } from 'hono';
import { requireActor, rpcActor, type GatewayEnv } from '../auth/actor.js';
import { organizationActor } from '../auth/organization.js';
import { openApiRouter } from '../openapi.js';
import { rpcCaller, type GatewayDeps } from '../rpc.js';
import { idempotencyKeyOf, idempotentHeaders, markReplay, replayable } from './idempotency.js';
import { body, json, protectedRoute, reply, signedIn } from './kit.js';

const route = protectedRoute(['notifications']);

const organizationId = z.uuid().optional().openapi({ description: "The owning organization (its owners and admins manage it); left out: the signed-in user's own" });
const OwnerQuery = z.object({ organizationId });
const idParam = (name: 'channelId' | 'subscriptionId') => z.object({ [name]: z.uuid().openapi({ param: { name, in: 'path' } }) } as { [K in typeof name]: z.ZodUUID });
const ChannelParams = idParam('channelId');
const SubscriptionParams = idParam('subscriptionId');
const locale = z.enum(['en', 'zh-CN']);

const EmailSettings = z
  .object({
    host: z.string().min(1).max(255),
    port: z.number().int().min(1).max(65_535),
    security: z.enum(['tls', 'starttls', 'none']).optional(),
    tlsSkipVerify: z.boolean().optional(),
    username: z.string().max(320).optional(),
    password: z.string().max(1000).optional(),
    from: z.email(),
    to: z.array(z.email()).min(1).max(50),
  })
  .strict()
  .openapi('EmailSettings');
const ChannelInput = z
  .object({
    kind: z.enum(['feishu', 'slack', 'email', 'webhook']),
    name: z.string().min(1).max(200),
    locale: locale.optional(),
    url: z.url({ protocol: /^https?$/ }).optional().openapi({ description: 'Feishu/Slack/webhook URL (stored encrypted; never returned)' }),
    signingSecret: z.string().min(1).max(1000).optional().openapi({ description: 'Feishu bot signing secret, or the webhook\'s "whsec_..." secret' }),
    email: EmailSettings.optional(),
  })
  .strict()
  .openapi('ChannelInput');
const SubscriptionInput = z
  .object({
    channelId: z.uuid(),
    kinds: z.array(z.string().regex(/^[a-z_]{1,64}$/)).max(50).openapi({ description: 'Notification kinds; empty: every credential warning' }),
  })
  .strict()
  .openapi('SubscriptionInput');

const Owner = z.object({ organizationId: z.string(), userId: z.string() }).openapi('NotificationOwner');
const Channel = z
  .object({
    channelId: z.string(), owner: Owner.optional(), kind: z.string(), name: z.string(), locale: z.string(), enabled: z.boolean(),
    endpointHost: z.string().openapi({ description: 'Scheme and host of the URL, or the SMTP host' }), signed: z.boolean(), createdAt: z.string().optional(),
  })
  .openapi('Channel');
const Subscription = z
  .object({ subscriptionId: z.string(), owner: Owner.optional(), channelId: z.string(), kinds: z.array(z.string()), createdAt: z.string().optional() })
  .openapi('Subscription');
const Delivery = z
  .object({
    deliveryId: z.string(), channelId: z.string(), kind: z.string(), sourceEventId: z.string(), sourceEventType: z.string(), status: z.string(),
    attempts: z.number(), lastErrorClass: z.string(), lastStatusCode: z.number(), createdAt: z.string().optional(), nextAttemptAt: z.string().optional(),
    sentAt: z.string().optional(),
  })
  .openapi('Delivery');
const ChannelResult = z.object({ channel: Channel.optional() }).openapi('ChannelResult');
const ChannelList = z.object({ channels: z.array(Channel) }).openapi('ChannelList');
const SubscriptionResult = z.object({ subscription: Subscription.optional() }).openapi('SubscriptionResult');
const SubscriptionList = z.object({ subscriptions: z.array(Subscription) }).openapi('SubscriptionList');
const DeliveryList = z.object({ deliveries: z.array(Delivery) }).openapi('DeliveryList');
const Deleted = z.object({ deleted: z.boolean() }).openapi('SubscriptionDeleted');
const TestResult = z
  .object({ deliveryId: z.string(), sent: z.boolean(), errorClass: z.string(), statusCode: z.number() })
  .openapi('TestNotificationResult');

const createChannel = route({
  method: 'post', path: '/channels', summary: 'Add a channel: Feishu/Lark bot, Slack webhook, e-mail (SMTP) or signed webhook',
  request: { query: OwnerQuery, headers: idempotentHeaders, body: body(ChannelInput) }, responses: { 201: replayable(json(ChannelResult, 'The channel (no URL path, no secret)')) },
});
const listChannels = route({
  method: 'get', path: '/channels', summary: "The owner's channels", request: { query: OwnerQuery }, responses: { 200: json(ChannelList, 'Channels') },
});
const disableChannel = route({
  method: 'post', path: '/channels/{channelId}/disable', summary: 'Disable a channel: no new deliveries go to it',
  request: { params: ChannelParams, query: OwnerQuery }, responses: { 200: json(ChannelResult, 'The channel') },
});
const testChannel = route({
  method: 'post', path: '/channels/{channelId}/test', summary: 'Send a test message now and report the outcome',
  request: { params: ChannelParams, query: OwnerQuery, body: { required: false, content: { 'application/json': { schema: z.object({ locale: locale.optional() }).strict() } } } },
  responses: { 200: json(TestResult, 'The outcome of the one attempt (also in the delivery log)') },
});
const createSubscription = route({
  method: 'post', path: '/subscriptions', summary: "Route notification kinds to one of the owner's channels",
  request: { query: OwnerQuery, headers: idempotentHeaders, body: body(SubscriptionInput) }, responses: { 201: replayable(json(SubscriptionResult, 'The subscription')) },
});
const listSubscriptions = route({
  method: 'get', path: '/subscriptions', summary: "The owner's subscriptions", request: { query: OwnerQuery }, responses: { 200: json(SubscriptionList, 'Subscriptions') },
});
const deleteSubscription = route({
  method: 'delete', path: '/subscriptions/{subscriptionId}', summary: 'Remove a subscription',
  request: { params: SubscriptionParams, query: OwnerQuery }, responses: { 200: json(Deleted, 'Whether it was removed') },
});
const listDeliveries = route({
  method: 'get', path: '/deliveries', summary: "The delivery log of the owner's channels, newest first (status=dead: the dead letters)",
  request: {
    query: OwnerQuery.extend({
      channelId: z.uuid().optional(),
      status: z.enum(['pending', 'sending', 'sent', 'dead']).optional(),
      limit: z.coerce.number().int().min(1).max(500).optional(),
    }),
  },
  responses: { 200: json(DeliveryList, 'Deliveries') },
});

export function notificationRoutes(deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  const rpc = rpcCaller(deps);
  const app = openApiRouter();
  app.use('*', signedIn);

  /** The actor as the notifier sees it, and the owner the request is about. */
  async function acting(c: Context<GatewayEnv>, scope: Scope, organization: string | undefined) {
    if (organization) {
      const member = await organizationActor(c, deps, organization, scope);
      return { actor: member.rpcActor, owner: { organizationId: organization } };
    }
    const actor = requireActor(c, scope);
    return { actor: rpcActor(actor), owner: { userId: actor.userId } };
  }

  app.openapi(createChannel, async (c) => {
    const { actor, owner } = await acting(c, 'notify:write', c.req.valid('query').organizationId);
    const input = c.req.valid('json');
    const result = await rpc('notify.CreateChannel', { actor, owner, ...input, locale: input.locale ?? 'en', idempotencyKey: idempotencyKeyOf(c) });
    markReplay(c, result);
    return c.json(reply(ChannelResult, result), 201);
  });
  app.openapi(listChannels, async (c) => {
    const { actor, owner } = await acting(c, 'notify:read', c.req.valid('query').organizationId);
    return c.json(reply(ChannelList, await rpc('notify.ListChannels', { actor, owner })), 200);
  });
  app.openapi(disableChannel, async (c) => {
    const { actor } = await acting(c, 'notify:write', c.req.valid('query').organizationId);
    return c.json(reply(ChannelResult, await rpc('notify.DisableChannel', { actor, channelId: c.req.valid('param').channelId })), 200);
  });
  app.openapi(testChannel, async (c) => {
    const { actor } = await acting(c, 'notify:write', c.req.valid('query').organizationId);
    const input = (c.req.valid('json') as { locale?: string } | undefined) ?? {};
    // One real send: it may take the channel's whole send timeout.
    const result = await rpc('notify.SendTestNotification', { actor, channelId: c.req.valid('param').channelId, locale: input.locale ?? '' }, { timeoutMs: 30_000 });
    return c.json(reply(TestResult, result), 200);
  });
  app.openapi(createSubscription, async (c) => {
    const { actor, owner } = await acting(c, 'notify:write', c.req.valid('query').organizationId);
    const input = c.req.valid('json');
    const result = await rpc('notify.CreateSubscription', { actor, owner, channelId: input.channelId, kinds: input.kinds, idempotencyKey: idempotencyKeyOf(c) });
    markReplay(c, result);
    return c.json(reply(SubscriptionResult, result), 201);
  });
  app.openapi(listSubscriptions, async (c) => {
    const { actor, owner } = await acting(c, 'notify:read', c.req.valid('query').organizationId);
    return c.json(reply(SubscriptionList, await rpc('notify.ListSubscriptions', { actor, owner })), 200);
  });
  app.openapi(deleteSubscription, async (c) => {
    const { actor } = await acting(c, 'notify:write', c.req.valid('query').organizationId);
    const result = await rpc('notify.DeleteSubscription', { actor, subscriptionId: c.req.valid('param').subscriptionId });
    return c.json(reply(Deleted, result), 200);
  });
  app.openapi(listDeliveries, async (c) => {
    const query = c.req.valid('query');
    const { actor, owner } = await acting(c, 'notify:read', query.organizationId);
    const result = await rpc('notify.ListDeliveries', { actor, owner, channelId: query.channelId ?? '', status: query.status ?? '', limit: query.limit ?? 0 });
    return c.json(reply(DeliveryList, result), 200);
  });

  return app;
}
