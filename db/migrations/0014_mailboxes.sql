CREATE TABLE "mailboxes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"host" text NOT NULL,
	"port" integer NOT NULL,
	"tls" boolean DEFAULT true NOT NULL,
	"tls_verify" boolean DEFAULT true NOT NULL,
	"username" text NOT NULL,
	"sealed_password" text NOT NULL,
	"folder" text DEFAULT 'INBOX' NOT NULL,
	"after_import" text DEFAULT 'seen' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
