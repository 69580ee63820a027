CREATE TABLE "problem_articles" (
	"problem_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"near_duplicates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "problem_articles_problem_id_article_id_pk" PRIMARY KEY("problem_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "problem_suggestions" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"problem_id" uuid NOT NULL,
	"similarity" real NOT NULL,
	"suggested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "problem_articles" ADD CONSTRAINT "problem_articles_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_articles" ADD CONSTRAINT "problem_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_suggestions" ADD CONSTRAINT "problem_suggestions_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_suggestions" ADD CONSTRAINT "problem_suggestions_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "problem_suggestions_problem_idx" ON "problem_suggestions" USING btree ("problem_id");--> statement-breakpoint
-- An article written from a problem stays linked to it, as every problem link does (0011).
CREATE TRIGGER problem_articles_no_delete BEFORE DELETE ON problem_articles FOR EACH ROW EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER problem_articles_no_truncate BEFORE TRUNCATE ON problem_articles FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
