CREATE TABLE "notify_git_bindings" (
	"project_id" text NOT NULL,
	"environment" text NOT NULL,
	"episode" integer DEFAULT 0 NOT NULL,
	"failing" boolean NOT NULL,
	CONSTRAINT "notify_git_bindings_project_id_environment_pk" PRIMARY KEY("project_id","environment")
);
--> statement-breakpoint
CREATE TABLE "notify_projects" (
	"project_id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL
);
