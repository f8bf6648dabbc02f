-- The projects read model's position in each project's stream and its tombstones (@keywarden/runtime
-- projects-read-model.ts): an event or a read-through answer older than the row changes nothing.
ALTER TABLE "projects" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "deleted" boolean DEFAULT false NOT NULL;