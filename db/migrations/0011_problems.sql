CREATE TYPE "public"."problem_status" AS ENUM('open', 'known_error', 'resolved', 'closed');--> statement-breakpoint
CREATE TABLE "problem_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"linked_by_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unlinked_by_id" uuid,
	"unlinked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "problem_time_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"minutes" integer NOT NULL,
	"note" text,
	"work_date" date NOT NULL,
	"hourly_cost" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problem_watchers" (
	"problem_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "problem_watchers_problem_id_user_id_pk" PRIMARY KEY("problem_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" serial NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" "problem_status" DEFAULT 'open' NOT NULL,
	"owner_id" uuid NOT NULL,
	"created_by_id" uuid NOT NULL,
	"root_cause" text,
	"workaround" text,
	"workaround_public" boolean DEFAULT false NOT NULL,
	"solution" text,
	"from_group_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"known_error_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "problems_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "problem_tickets" ADD CONSTRAINT "problem_tickets_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_tickets" ADD CONSTRAINT "problem_tickets_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_tickets" ADD CONSTRAINT "problem_tickets_linked_by_id_users_id_fk" FOREIGN KEY ("linked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_tickets" ADD CONSTRAINT "problem_tickets_unlinked_by_id_users_id_fk" FOREIGN KEY ("unlinked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_time_entries" ADD CONSTRAINT "problem_time_entries_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_time_entries" ADD CONSTRAINT "problem_time_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_watchers" ADD CONSTRAINT "problem_watchers_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_watchers" ADD CONSTRAINT "problem_watchers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "problem_tickets_one_problem_per_ticket" ON "problem_tickets" USING btree ("ticket_id") WHERE "problem_tickets"."unlinked_at" is null;--> statement-breakpoint
CREATE INDEX "problem_tickets_problem_idx" ON "problem_tickets" USING btree ("problem_id");--> statement-breakpoint
CREATE INDEX "problem_time_entries_problem_idx" ON "problem_time_entries" USING btree ("problem_id");--> statement-breakpoint
CREATE INDEX "problem_time_entries_work_date_idx" ON "problem_time_entries" USING btree ("work_date");--> statement-breakpoint
CREATE INDEX "problems_status_idx" ON "problems" USING btree ("status");--> statement-breakpoint
CREATE INDEX "problems_owner_idx" ON "problems" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "problems_created_idx" ON "problems" USING btree ("created_at");--> statement-breakpoint
-- No problem, link or time entry can be deleted (as for tickets, 0002): the API answers 405, the database refuses.
CREATE TRIGGER problems_no_delete BEFORE DELETE ON problems FOR EACH ROW EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER problem_tickets_no_delete BEFORE DELETE ON problem_tickets FOR EACH ROW EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER problem_time_entries_no_delete BEFORE DELETE ON problem_time_entries FOR EACH ROW EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER problems_no_truncate BEFORE TRUNCATE ON problems FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER problem_tickets_no_truncate BEFORE TRUNCATE ON problem_tickets FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER problem_time_entries_no_truncate BEFORE TRUNCATE ON problem_time_entries FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
-- A link is history: the only change it may take is being unlinked, once. Linking the ticket again is a new row.
CREATE OR REPLACE FUNCTION problem_link_keeps_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.unlinked_at IS NOT NULL OR NEW.problem_id <> OLD.problem_id OR NEW.ticket_id <> OLD.ticket_id
     OR NEW.linked_at <> OLD.linked_at OR NEW.linked_by_id <> OLD.linked_by_id THEN
    RAISE EXCEPTION 'a link of a ticket to a problem is only ever unlinked, once' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER problem_tickets_history BEFORE UPDATE ON problem_tickets FOR EACH ROW EXECUTE FUNCTION problem_link_keeps_history();
