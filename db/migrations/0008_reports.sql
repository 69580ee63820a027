CREATE TABLE "problem_group_tickets" (
	"group_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	CONSTRAINT "problem_group_tickets_group_id_ticket_id_pk" PRIMARY KEY("group_id","ticket_id")
);
--> statement-breakpoint
CREATE TABLE "problem_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"label_ru" text DEFAULT '' NOT NULL,
	"label_en" text DEFAULT '' NOT NULL,
	"centroid" jsonb NOT NULL,
	"threshold" real DEFAULT 0 NOT NULL,
	"coverage_article_id" uuid,
	"coverage_similarity" real,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_service_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"shown" text[] DEFAULT '{}' NOT NULL,
	"opened" text[] DEFAULT '{}' NOT NULL,
	"solved" text,
	"solved_at" timestamp with time zone,
	"ticket_id" uuid
);
--> statement-breakpoint
ALTER TABLE "problem_group_tickets" ADD CONSTRAINT "problem_group_tickets_group_id_problem_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."problem_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_group_tickets" ADD CONSTRAINT "problem_group_tickets_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_groups" ADD CONSTRAINT "problem_groups_coverage_article_id_articles_id_fk" FOREIGN KEY ("coverage_article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_sessions" ADD CONSTRAINT "self_service_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_sessions" ADD CONSTRAINT "self_service_sessions_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "problem_group_tickets_ticket_idx" ON "problem_group_tickets" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "self_service_sessions_started_idx" ON "self_service_sessions" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "tickets_resolved_idx" ON "tickets" USING btree ("resolved_at");--> statement-breakpoint
CREATE INDEX "tickets_closed_idx" ON "tickets" USING btree ("closed_at");--> statement-breakpoint
CREATE INDEX "time_entries_work_date_idx" ON "time_entries" USING btree ("work_date");--> statement-breakpoint
CREATE INDEX "audit_events_action_at_idx" ON "audit_events" USING btree ("action","at");