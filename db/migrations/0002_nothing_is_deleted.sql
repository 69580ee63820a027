-- What is written stays written: no role, and no bug, can delete a ticket, a remark, an audit event, a time
-- entry or an attachment record. The API answers 405; the database refuses as well.
CREATE OR REPLACE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rows of % are never deleted or rewritten', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER tickets_no_delete BEFORE DELETE ON tickets FOR EACH ROW EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER ticket_remarks_no_delete BEFORE DELETE ON ticket_remarks FOR EACH ROW EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER time_entries_no_delete BEFORE DELETE ON time_entries FOR EACH ROW EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER ticket_attachments_no_delete BEFORE DELETE ON ticket_attachments FOR EACH ROW EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
-- Audit events are not edited either.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
-- TRUNCATE skips row triggers: refuse it on the same tables.
CREATE TRIGGER tickets_no_truncate BEFORE TRUNCATE ON tickets FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER ticket_remarks_no_truncate BEFORE TRUNCATE ON ticket_remarks FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete();
