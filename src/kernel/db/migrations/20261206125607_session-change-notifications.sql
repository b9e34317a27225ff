-- Sessions are kept in each process's memory (kernel/auth/sessions.ts); an entry must go the moment
-- its session changes in any process (logout, the touch of the idle timeout), without dropping the
-- sessions of everyone else, which a statement trigger would. A row trigger notifies the table and
-- the changed row's key ("sessions:<id_hash>", kernel/db/changes.ts); a truncate notifies the table.
create or replace function stadtportal_notify_row_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('stadtportal_changes', tg_table_name || ':' || (to_jsonb(old) ->> tg_argv[0]));
  return null;
end
$$;
--> statement-breakpoint
create trigger sessions_notify_row_change after update or delete on sessions
  for each row execute function stadtportal_notify_row_change('id_hash');
--> statement-breakpoint
create trigger sessions_notify_change after truncate on sessions
  for each statement execute function stadtportal_notify_change();
