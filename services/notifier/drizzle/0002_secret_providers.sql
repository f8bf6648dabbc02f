CREATE TABLE "notify_secret_providers" (
	"provider_id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL
);
