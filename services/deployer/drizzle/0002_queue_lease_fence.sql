ALTER TABLE "deploy_queue" ADD COLUMN "fence" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "deploy_queue" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;