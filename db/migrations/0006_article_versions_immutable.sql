-- Every publish is an immutable version: the database refuses to rewrite or delete one.
CREATE TRIGGER article_versions_no_update BEFORE UPDATE ON article_versions FOR EACH ROW EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER article_versions_no_delete BEFORE DELETE ON article_versions FOR EACH ROW EXECUTE FUNCTION refuse_delete();
