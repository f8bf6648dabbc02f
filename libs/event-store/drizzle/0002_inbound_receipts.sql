CREATE TABLE "inbound_receipts" (
	"integration" text NOT NULL,
	"ce_id" text NOT NULL,
	"digest" text NOT NULL,
	"outcome" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbound_receipts_integration_ce_id_pk" PRIMARY KEY("integration","ce_id")
);
