import type { Actor } from '../../../../kernel/auth';
import { atomFeed, tagUri } from '../../../../kernel/feeds/atom';
import type { ModuleDeps } from '../../../../kernel/module';
import { formatDate, formatDateTime } from '../../../../kernel/views';
import { PAGE_PATHS } from '../../paths';
import { calendarDate, meetingTitle, paperTitle } from '../presenters';
import { recentlyChangedMeetings, recentlyChangedPapers } from '../queries/lists';
import { meetingOrganizations } from '../queries/organizations-of';

const ENTRIES = 50;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** `/rat/sitzungen.atom`: the 50 meetings changed last (new, moved, cancelled, with new documents), each once at its latest change. */
export async function meetingsFeed(_actor: Actor, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<string> {
  const { baseUrl, municipality } = deps.config;
  const host = new URL(baseUrl).hostname;
  const meetings = await recentlyChangedMeetings(deps.db, ENTRIES);
  const gremien = await meetingOrganizations(
    deps.db,
    meetings.map((meeting) => meeting.id),
  );
  return atomFeed({
    id: `${baseUrl}${PAGE_PATHS.meetingsFeed}`,
    title: `Ratsinformation ${municipality.name}: Sitzungen`,
    subtitle: 'Neue und geänderte Sitzungen des Rates und der Gremien',
    updated: meetings[0]?.modified ?? new Date(0),
    selfUrl: `${baseUrl}${PAGE_PATHS.meetingsFeed}`,
    alternateUrl: `${baseUrl}${PAGE_PATHS.meetings}`,
    authorName: municipality.officialName,
    entries: meetings.map((meeting) => {
      const organizations = gremien.get(meeting.id) ?? [];
      const title = meetingTitle(meeting, organizations);
      return {
        id: tagUri(host, day(meeting.created), `rat/sitzung/${meeting.id}`),
        title: meeting.cancelled ? `Abgesagt: ${title}` : title,
        updated: meeting.modified,
        published: meeting.created,
        summary: [meeting.start ? `Am ${formatDateTime(meeting.start)}` : 'Termin noch offen', organizations.map((org) => org.name).join(', ')]
          .filter(Boolean)
          .join(' – '),
        link: `${baseUrl}${PAGE_PATHS.meeting(meeting.id)}`,
        categories: organizations.map((org) => ({ term: org.slug, label: org.name })),
      };
    }),
  });
}

/** `/rat/vorlagen.atom`: the 50 public papers changed last. */
export async function papersFeed(_actor: Actor, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<string> {
  const { baseUrl, municipality } = deps.config;
  const host = new URL(baseUrl).hostname;
  const papers = await recentlyChangedPapers(deps.db, ENTRIES);
  return atomFeed({
    id: `${baseUrl}${PAGE_PATHS.papersFeed}`,
    title: `Ratsinformation ${municipality.name}: Vorlagen`,
    subtitle: 'Neue und geänderte Vorlagen, Anträge und Anfragen',
    updated: papers[0]?.modified ?? new Date(0),
    selfUrl: `${baseUrl}${PAGE_PATHS.papersFeed}`,
    alternateUrl: `${baseUrl}${PAGE_PATHS.home}`,
    authorName: municipality.officialName,
    entries: papers.map((paper) => ({
      id: tagUri(host, day(paper.created), `rat/vorlage/${paper.id}`),
      title: paper.reference ? `${paper.reference}: ${paperTitle(paper)}` : paperTitle(paper),
      updated: paper.modified,
      published: paper.created,
      summary: [paper.paperType, paper.date ? `vom ${calendarDate(paper.date)}` : formatDate(paper.created)].filter(Boolean).join(' '),
      link: `${baseUrl}${PAGE_PATHS.paper(paper.id)}`,
      ...(paper.paperType ? { categories: [{ term: paper.paperType }] } : {}),
    })),
  });
}
