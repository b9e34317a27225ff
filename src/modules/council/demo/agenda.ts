import type { PdfBlock } from '../../../kernel/pdf';
import { addDays, berlinTime } from '../../../kernel/time';
import { addDocument, facts, germanDate } from './documents';
import type { Seating } from './people';
import { PaperWriter, type DemoPaper, type Stage } from './papers';
import type { DemoContext } from './rows';
import { hasAgenda, meetingName, planMeetings, type PlannedMeeting } from './schedule';

/** The Rat takes at most this many papers of a round; the Hauptausschuss decides the rest (as councils delegate). */
const COUNCIL_PAPERS_PER_ROUND = 9;

/** A paper waiting for its next Gremium in the round. */
interface Pending {
  paper: DemoPaper;
  stage: number;
}

interface Item {
  number: string;
  name: string;
  isPublic: boolean;
  paper?: DemoPaper;
  stage?: Stage;
  /** For items without a paper, the result of a held meeting. */
  result?: string;
}

/**
 * A year of meetings with agendas, papers, consultations, results and documents: round by round, each
 * Ausschuss puts new papers on its agenda, those the Rat decides move on to the Hauptausschuss and the
 * Rat of the same round. A step whose meeting has no agenda yet (terminiert, or beyond the window) is a
 * consultation without a meeting: the planned Beratungsfolge.
 */
export function writeMeetings(context: DemoContext, seating: Seating): void {
  const meetings = planMeetings(context);
  const papers = new PaperWriter(context, seating);
  const seen = new Map<string, number>();
  const rounds = [...new Set(meetings.map((meeting) => meeting.round))];
  for (const round of rounds) {
    const pending = new Map<string, Pending[]>();
    for (const meeting of meetings.filter((one) => one.round === round)) {
      const earlier = seen.get(meeting.gremium.slug) ?? 0;
      seen.set(meeting.gremium.slug, earlier + 1);
      const waiting = pending.get(meeting.gremium.slug) ?? [];
      pending.delete(meeting.gremium.slug);
      writeMeeting(context, seating, papers, meeting, meetingName(context, meeting, earlier), waiting, pending);
    }
    // Steps whose Gremium does not meet (with an agenda) in this round stay planned.
    for (const list of pending.values()) for (const { paper, stage } of list) planRest(context, seating, paper, stage);
  }
}

function writeMeeting(
  context: DemoContext,
  seating: Seating,
  papers: PaperWriter,
  meeting: PlannedMeeting,
  name: string,
  waiting: Pending[],
  pending: Map<string, Pending[]>,
): void {
  const { rows, random, bodyId, now } = context;
  const gremium = meeting.gremium;
  const held = meeting.state === 'durchgeführt';
  const created = new Date(Math.min(now.getTime(), meeting.start.getTime() - 28 * 86_400_000));
  const end = held ? new Date(meeting.start.getTime() + random.int(90, 210) * 60_000) : null;
  rows.meetingOrganizations.push({ meetingId: meeting.id, organizationId: seating.gremiumIds.get(gremium.slug)! });
  const meetingRow: (typeof rows.meetings)[number] = {
    id: meeting.id,
    bodyId,
    name,
    meetingState: meeting.state,
    cancelled: meeting.cancelled,
    start: meeting.start,
    end,
    locationId: seating.locationIds.get(gremium.room)!,
    created,
    modified: held ? new Date(Math.min(now.getTime(), meeting.start.getTime() + 10 * 86_400_000)) : created,
  };
  rows.meetings.push(meetingRow);
  if (!hasAgenda(meeting)) {
    for (const { paper, stage } of waiting) planRest(context, seating, paper, stage);
    return;
  }

  const items = agendaOf(context, papers, meeting, waiting, pending);
  const members = seating.members.get(gremium.slug) ?? [];
  if (held) {
    // Nearly everybody came: a few members excused.
    const present = members.filter(() => !random.chance(0.08));
    rows.meetingParticipants.push(...present.map((personId) => ({ meetingId: meeting.id, personId })));
  }
  const written = items.map((item, index) => writeItem(context, seating, meeting, item, index + 1, members.length));
  const room = context.pack.rooms.find((one) => one.key === gremium.room)!;
  const head = facts([
    ['Datum', germanDate(meeting.day)],
    ['Beginn', `${berlinTime(meeting.start)} Uhr`],
    ...(end ? [['Ende', `${berlinTime(end)} Uhr`] as const] : []),
    ['Ort', [room.description, room.streetAddress].filter(Boolean).join(', ')],
  ]);
  const open = written.filter((item) => item.isPublic);
  if (held) {
    const day = [addDays(meeting.day, 10), context.today].sort()[0]!;
    meetingRow.resultsProtocolFileId = addDocument(context, {
      name: 'Niederschrift (öffentlicher Teil)',
      fileName: `niederschrift-${gremium.slug}-${meeting.day}.pdf`,
      day,
      isPublic: true,
      title: `Niederschrift über die ${name}`,
      blocks: [
        { type: 'heading', text: `Niederschrift über die ${name}` },
        head,
        { type: 'paragraph', text: `${gremium.name}, öffentlicher Teil.` },
        ...open.flatMap((item): PdfBlock[] => {
          // One paragraph an item: each block costs the renderer as much as its words.
          const lines = [item.paper && `Vorlage ${item.paper.reference}`, item.result && `Ergebnis: ${item.result}`, item.resolutionText].filter(Boolean);
          return [
            { type: 'heading', text: `${item.number} ${item.name}`, level: 2 },
            ...(lines.length ? [{ type: 'paragraph' as const, text: lines.join('\n') }] : []),
          ];
        }),
      ],
    });
  } else {
    meetingRow.invitationFileId = addDocument(context, {
      name: 'Einladung',
      fileName: `einladung-${gremium.slug}-${meeting.day}.pdf`,
      day: [addDays(meeting.day, -14), context.today].sort()[0]!,
      isPublic: true,
      title: `Einladung zur ${name}`,
      blocks: [
        { type: 'heading', text: `Einladung zur ${name}` },
        head,
        { type: 'heading', text: 'Tagesordnung, öffentlicher Teil', level: 2 },
        { type: 'list', items: open.map((item) => `${item.number} ${item.name}${item.paper ? ` (Vorlage ${item.paper.reference})` : ''}`) },
      ],
    });
  }
}

/** The items: the opening ones, the papers (new ones and those moving on), the closing ones, then the nichtöffentlicher Teil. */
function agendaOf(context: DemoContext, papers: PaperWriter, meeting: PlannedMeeting, waiting: Pending[], pending: Map<string, Pending[]>): Item[] {
  const { random, pack } = context;
  const gremium = meeting.gremium;
  const kind = gremium.classification;
  const onAgenda: Pending[] = [];
  // The Hauptausschuss decides what the Rat of this round has no room for.
  let forCouncil = 0;
  for (const entry of waiting) {
    const next = entry.paper.stages[entry.stage + 1];
    if (kind === 'Hauptausschuss' && next?.role === 'Entscheidung' && ++forCouncil > COUNCIL_PAPERS_PER_ROUND) {
      entry.paper.stages = [...entry.paper.stages.slice(0, entry.stage), { gremium, role: 'Entscheidung', authoritative: true, delegated: true }];
    }
    onAgenda.push(entry);
  }
  const fresh = kind === 'Ausschuss' ? random.int(2, 5) : random.int(1, 2);
  for (let count = 0; count < fresh; count++) {
    const topic = papers.nextTopic(gremium.topics);
    const paper = topic && papers.write(topic, gremium, meeting.day, true);
    if (paper) onAgenda.push({ paper, stage: 0 });
  }
  const secret: DemoPaper[] = [];
  // A Grundstück or a Vergabe: at every Rat and Hauptausschuss, at most Ausschuss meetings.
  if (kind !== 'Ausschuss' || random.chance(0.6)) {
    const topic = papers.nextTopic(pack.nonPublicTopics);
    const paper = topic && papers.write(topic, gremium, meeting.day, false);
    if (paper) secret.push(paper);
  }
  for (const entry of onAgenda) {
    const next = entry.paper.stages[entry.stage + 1];
    if (next) pending.set(next.gremium.slug, [...(pending.get(next.gremium.slug) ?? []), { paper: entry.paper, stage: entry.stage + 1 }]);
  }

  const opening = [
    { name: 'Eröffnung der Sitzung und Feststellung der ordnungsgemäßen Einladung' },
    ...(kind === 'Rat' ? [{ name: 'Einwohnerfragestunde' }] : []),
    { name: 'Genehmigung der Niederschrift über die vorige Sitzung', result: 'genehmigt' },
  ];
  const closing = [
    { name: 'Mitteilungen der Verwaltung', result: 'zur Kenntnis genommen' },
    ...(kind === 'Ausschuss' ? [{ name: 'Anfragen der Ausschussmitglieder' }] : []),
  ];
  const open = [...opening, ...onAgenda.map(({ paper, stage }) => ({ name: paper.name, paper, stage: paper.stages[stage]! })), ...closing].map(
    (item, index): Item => ({ ...item, number: `Ö ${index + 1}`, isPublic: true }),
  );
  const closed = [
    ...secret.map((paper) => ({ name: paper.name, paper, stage: paper.stages[0]! })),
    { name: 'Anfragen und Mitteilungen (nichtöffentlich)', result: 'zur Kenntnis genommen' },
  ].map((item, index): Item => ({ ...item, number: `N ${index + 1}`, isPublic: false }));
  return [...open, ...closed];
}

function voteResult(context: DemoContext, decided: string, seats: number): string {
  const against = context.random.int(2, Math.max(3, Math.floor(seats / 4)));
  const abstained = context.random.int(0, 3);
  return `mehrheitlich ${decided} (Ja: ${Math.max(1, seats - against - abstained)}, Nein: ${against}, Enthaltungen: ${abstained})`;
}

/** What a held meeting decided on a paper, and the text of the resolution. */
function resultOf(context: DemoContext, paper: DemoPaper, stage: Stage, seats: number): { result: string; resolutionText: string | null } {
  const { random } = context;
  if (stage.role === 'Kenntnisnahme') return { result: 'zur Kenntnis genommen', resolutionText: null };
  if (stage.role === 'Vorberatung') {
    const result = random.chance(0.6) ? 'einstimmig empfohlen' : voteResult(context, 'empfohlen', seats);
    return { result, resolutionText: `Der ${stage.gremium.shortName} empfiehlt, wie folgt zu beschließen: ${paper.proposal}` };
  }
  if (paper.type === 'Antrag' && random.chance(0.4)) return { result: voteResult(context, 'abgelehnt', seats), resolutionText: 'Der Antrag wird abgelehnt.' };
  const result = random.chance(0.55) ? 'einstimmig beschlossen' : voteResult(context, 'beschlossen', seats);
  const resolutionText = stage.delegated ? `Der ${stage.gremium.shortName} beschließt anstelle des Rates: ${paper.proposal}` : paper.proposal;
  return { result, resolutionText };
}

function writeItem(context: DemoContext, seating: Seating, meeting: PlannedMeeting, item: Item, order: number, seats: number) {
  const { rows, random, bodyId, now } = context;
  const held = meeting.state === 'durchgeführt';
  const id = random.uuid();
  const outcome =
    held && item.paper && item.stage ? resultOf(context, item.paper, item.stage, seats) : { result: held ? (item.result ?? null) : null, resolutionText: null };
  const created = new Date(Math.min(now.getTime(), meeting.start.getTime() - 21 * 86_400_000));
  const row: (typeof rows.agendaItems)[number] = {
    id,
    bodyId,
    meetingId: meeting.id,
    number: item.number,
    order,
    name: item.name,
    public: item.isPublic,
    result: outcome.result,
    resolutionText: outcome.resolutionText,
    created,
    modified: held ? new Date(Math.min(now.getTime(), meeting.start.getTime() + 86_400_000)) : created,
  };
  rows.agendaItems.push(row);
  if (item.paper && item.stage) row.consultationId = consult(context, seating, item.paper, item.stage, { meetingId: meeting.id, agendaItemId: id });
  return { ...item, result: outcome.result, resolutionText: outcome.resolutionText };
}

function consult(context: DemoContext, seating: Seating, paper: DemoPaper, stage: Stage, at: { meetingId?: string; agendaItemId?: string }): string {
  const { rows, random, bodyId } = context;
  const id = random.uuid();
  rows.consultations.push({
    id,
    bodyId,
    paperId: paper.id,
    authoritative: stage.authoritative,
    role: stage.role,
    created: paper.created,
    modified: paper.created,
    ...at,
  });
  rows.consultationOrganizations.push({ consultationId: id, organizationId: seating.gremiumIds.get(stage.gremium.slug)! });
  return id;
}

/** The steps from `stage` on as planned consultations (the Gremium known, the meeting not yet). */
function planRest(context: DemoContext, seating: Seating, paper: DemoPaper, stage: number): void {
  for (const next of paper.stages.slice(stage)) consult(context, seating, paper, next, {});
}
