-- The start page is cached until a news item changes (kernel/db/changes.ts).
create trigger site_news_notify_change after insert or update or delete or truncate on site_news
  for each statement execute function stadtportal_notify_change();
