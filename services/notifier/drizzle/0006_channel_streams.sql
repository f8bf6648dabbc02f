CREATE TABLE "notify_channel_secrets" (
	"channel_id" uuid PRIMARY KEY NOT NULL,
	"secret_material" text NOT NULL
);
--> statement-breakpoint
-- Hand-written (drizzle-kit writes only the table changes): channels and subscriptions become event
-- streams. The secrets move to their side table, and every existing channel and subscription gets the
-- events that create it (a disabled channel its ChannelDisabled too, at the time of this migration),
-- with the create's idempotency digest in their metadata as a create appends it, in the outbox so the
-- relay publishes them. The event store's tables exist: its migrations run before the services'.
INSERT INTO "notify_channel_secrets" ("channel_id", "secret_material") SELECT "id", "secret_material" FROM "notify_channels";--> statement-breakpoint
WITH ins AS (
	INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
	SELECT 'channel-' || c.id, 1, gen_random_uuid(), 'ChannelCreated',
		jsonb_build_object(
			'channelId', c.id, 'organizationId', coalesce(c.organization_id, ''), 'userId', coalesce(c.user_id, ''), 'kind', c.kind, 'name', c.name,
			'locale', c.locale, 'endpointHost', c.endpoint_host, 'signed', c.signed,
			'createdAt', to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
		) || CASE WHEN c.settings ? 'email' THEN jsonb_build_object('email', jsonb_build_object(
			'host', c.settings->'email'->'host', 'port', c.settings->'email'->'port', 'security', c.settings->'email'->'security',
			'tlsSkipVerify', NOT coalesce((c.settings->'email'->>'tlsRejectUnauthorized')::boolean, true),
			'username', c.settings->'email'->'username', 'from', c.settings->'email'->'from', 'to', c.settings->'email'->'to'
		)) ELSE '{}'::jsonb END,
		CASE WHEN c.idempotency_request IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('idempotencyRequest', c.idempotency_request) END
	FROM notify_channels c ORDER BY c.created_at, c.id
	RETURNING global_position, event_id
)
INSERT INTO outbox (global_position, event_id) SELECT global_position, event_id FROM ins;--> statement-breakpoint
WITH ins AS (
	INSERT INTO events (stream_id, stream_version, event_id, type, data)
	SELECT 'channel-' || c.id, 2, gen_random_uuid(), 'ChannelDisabled',
		jsonb_build_object('channelId', c.id, 'organizationId', coalesce(c.organization_id, ''), 'userId', coalesce(c.user_id, ''),
			'disabledAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
	FROM notify_channels c WHERE NOT c.enabled ORDER BY c.created_at, c.id
	RETURNING global_position, event_id
)
INSERT INTO outbox (global_position, event_id) SELECT global_position, event_id FROM ins;--> statement-breakpoint
WITH ins AS (
	INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
	SELECT 'subscription-' || s.id, 1, gen_random_uuid(), 'SubscriptionCreated',
		jsonb_build_object(
			'subscriptionId', s.id, 'organizationId', coalesce(s.organization_id, ''), 'userId', coalesce(s.user_id, ''), 'channelId', s.channel_id,
			'kinds', to_jsonb(s.kinds), 'createdAt', to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
		),
		CASE WHEN s.idempotency_request IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('idempotencyRequest', s.idempotency_request) END
	FROM notify_subscriptions s ORDER BY s.created_at, s.id
	RETURNING global_position, event_id
)
INSERT INTO outbox (global_position, event_id) SELECT global_position, event_id FROM ins;--> statement-breakpoint
-- A replay deletes and rebuilds the channel rows in one transaction: the deliveries and subscriptions
-- that point at them are checked when it commits.
ALTER TABLE "notify_deliveries" ALTER CONSTRAINT "notify_deliveries_channel_id_notify_channels_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "notify_subscriptions" ALTER CONSTRAINT "notify_subscriptions_channel_id_notify_channels_id_fk" DEFERRABLE INITIALLY IMMEDIATE;--> statement-breakpoint
ALTER TABLE "notify_channels" DROP COLUMN "secret_material";--> statement-breakpoint
ALTER TABLE "notify_channels" DROP COLUMN "idempotency_request";--> statement-breakpoint
ALTER TABLE "notify_subscriptions" DROP COLUMN "idempotency_request";
