-- Every process hears when a table that cached pages show has changed (kernel/db/changes.ts, ADR 8):
-- a statement trigger calls this function after each insert, update, delete or truncate, and the
-- notification (the table's name) is delivered to all listeners when the transaction commits.
create or replace function stadtportal_notify_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('stadtportal_changes', tg_table_name);
  return null;
end
$$;
--> statement-breakpoint
create trigger departments_notify_change after insert or update or delete or truncate on departments
  for each statement execute function stadtportal_notify_change();
