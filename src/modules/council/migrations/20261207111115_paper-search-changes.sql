-- The papers' search index is kept in each process's memory and updated paper by paper
-- (search/load-index.ts, ADR 20): a change of anything the index reads notifies
-- "council_paper_search:<paper id>" for every paper it concerns (kernel/db/changes.ts), and a
-- truncate notifies "council_paper_search" alone (everything is read again). PostgreSQL sends a
-- payload once per transaction however often it is given, so an import notifies each paper once.
create or replace function council_notify_paper_search(paper_ids uuid[]) returns void language plpgsql as $$
declare
  paper uuid;
begin
  for paper in select distinct id from unnest(paper_ids) id where id is not null loop
    perform pg_notify('stadtportal_changes', 'council_paper_search:' || paper);
  end loop;
end
$$;
--> statement-breakpoint
-- One function per way to the paper (PL/pgSQL resolves old.x and new.x per table, so one function
-- cannot serve tables whose rows differ). old is null on insert, new on delete.
create or replace function council_paper_search_of_paper() returns trigger language plpgsql as $$
begin
  perform council_notify_paper_search(array[old.id, new.id]);
  return null;
end
$$;
--> statement-breakpoint
create or replace function council_paper_search_of_paper_id() returns trigger language plpgsql as $$
begin
  perform council_notify_paper_search(array[old.paper_id, new.paper_id]);
  return null;
end
$$;
--> statement-breakpoint
create or replace function council_paper_search_of_file() returns trigger language plpgsql as $$
begin
  perform council_notify_paper_search(array(
    select p.id from council_papers p where p.main_file_id in (old.id, new.id)
    union select pf.paper_id from council_paper_files pf where pf.file_id in (old.id, new.id)));
  return null;
end
$$;
--> statement-breakpoint
create or replace function council_paper_search_of_consultation_id() returns trigger language plpgsql as $$
begin
  perform council_notify_paper_search(array(select c.paper_id from council_consultations c where c.id in (old.consultation_id, new.consultation_id)));
  return null;
end
$$;
--> statement-breakpoint
create or replace function council_paper_search_everything() returns trigger language plpgsql as $$
begin
  perform pg_notify('stadtportal_changes', 'council_paper_search');
  return null;
end
$$;
--> statement-breakpoint
create trigger council_papers_search_change after insert or update or delete on council_papers
  for each row execute function council_paper_search_of_paper();
--> statement-breakpoint
create trigger council_paper_files_search_change after insert or update or delete on council_paper_files
  for each row execute function council_paper_search_of_paper_id();
--> statement-breakpoint
create trigger council_paper_organizations_search_change after insert or update or delete on council_paper_organizations
  for each row execute function council_paper_search_of_paper_id();
--> statement-breakpoint
create trigger council_consultations_search_change after insert or update or delete on council_consultations
  for each row execute function council_paper_search_of_paper_id();
--> statement-breakpoint
create trigger council_files_search_change after insert or update or delete on council_files
  for each row execute function council_paper_search_of_file();
--> statement-breakpoint
create trigger council_consultation_organizations_search_change after insert or update or delete on council_consultation_organizations
  for each row execute function council_paper_search_of_consultation_id();
--> statement-breakpoint
create trigger council_papers_search_truncate after truncate on council_papers
  for each statement execute function council_paper_search_everything();
--> statement-breakpoint
create trigger council_files_search_truncate after truncate on council_files
  for each statement execute function council_paper_search_everything();
