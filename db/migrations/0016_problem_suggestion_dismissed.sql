ALTER TABLE "problem_suggestions" ADD COLUMN "dismissed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "problem_suggestions" ADD COLUMN "dismissed_by" uuid;--> statement-breakpoint
ALTER TABLE "problem_suggestions" ADD CONSTRAINT "problem_suggestions_dismissed_by_users_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;