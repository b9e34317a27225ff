import { sql } from 'drizzle-orm';
import type { ModuleDeps } from '../../kernel/module';
import { siteNews } from './tables';

const DAY = 86_400_000;

/** Iserlohn demo announcements, dated relative to today so the start page always looks current. */
const NEWS = [
  {
    title: 'Rat beschließt: Digitalisierung voran bringen',
    summary:
      'Alle Anträge, die kein persönliches Erscheinen erfordern, sollen online gestellt werden können. Das Stadtportal ist der erste Schritt: Bürgerkonto, Transparenzportal und digitale Angebote von VHS und Bücherei folgen nach und nach.',
    daysAgo: 2,
  },
  {
    title: 'Freies WLAN: Freifunk-Initiativen erhalten Unterstützung',
    summary: 'Die Stadt und ihre Gesellschaften stellen Dachflächen und Stromanschlüsse für Freifunk-Knoten bereit. Wo das Netz noch Lücken hat, können Sie es bald hier melden.',
    daysAgo: 9,
  },
  {
    title: 'Volkshochschule: Kurse auch als Webinar',
    summary: 'Viele Kurse der VHS Iserlohn lassen sich ab dem nächsten Semester von zu Hause aus besuchen. Die Anmeldung erfolgt online.',
    daysAgo: 16,
  },
];

export async function seedSiteDemo({ db }: ModuleDeps): Promise<void> {
  const [existing] = await db.select({ count: sql<number>`count(*)::int` }).from(siteNews);
  if ((existing?.count ?? 0) > 0) return;
  await db.insert(siteNews).values(NEWS.map(({ title, summary, daysAgo }) => ({ title, summary, publishedAt: new Date(Date.now() - daysAgo * DAY) })));
}
