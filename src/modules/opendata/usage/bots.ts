/**
 * User agents that are not people using the data: search engines, crawlers, link previews, uptime
 * monitors and archivers. Matched case-insensitively anywhere in the User-Agent. Kept short and
 * generic on purpose: most crawlers call themselves "bot", "crawler" or "spider"; the others are
 * named. Programs that use the API (ckanapi, python-requests, curl) are not bots: their calls are
 * the API usage we count.
 */
const BOT_USER_AGENTS: readonly string[] = [
  'bot', // Googlebot, bingbot, YandexBot, DuckDuckBot, Applebot, AhrefsBot, GPTBot, …
  'crawl', // crawler, Crawl, CCBot's "crawler" …
  'spider', // Baiduspider, Sogou spider
  'slurp', // Yahoo
  'facebookexternalhit', // link previews
  'embedly',
  'preview', // Slack, Skype, WhatsApp link previews
  'monitor', // uptime monitors (Uptime-Kuma, Site24x7 "monitoring")
  'pingdom',
  'statuscake',
  'archive.org', // ia_archiver and the Wayback Machine
  'ia_archiver',
  'headlesschrome', // scrapers driving a headless browser
];

const BOT_PATTERN = new RegExp(BOT_USER_AGENTS.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');

/** A request worth counting: not HEAD (link checkers, caches), not from a known bot. */
export function isCountable(method: string, userAgent: string | undefined): boolean {
  if (method !== 'GET' && method !== 'POST') return false;
  return !BOT_PATTERN.test(userAgent ?? '');
}
