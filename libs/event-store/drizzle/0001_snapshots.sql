CREATE TABLE "snapshots" (
	"stream_id" text PRIMARY KEY NOT NULL,
	"schema" text NOT NULL,
	"stream_version" integer NOT NULL,
	"state" jsonb NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL
);
