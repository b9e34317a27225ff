import type { PdfBlock } from '../../../kernel/pdf';
import { addDays } from '../../../kernel/time';
import { addDocument, facts, germanDate } from './documents';
import type { PackGremium, PackTopic } from './pack';
import type { Seating } from './people';
import type { DemoContext } from './rows';

/** One step of a paper's Beratungsfolge: which Gremium, advising or deciding. */
export interface Stage {
  gremium: PackGremium;
  role: 'Vorberatung' | 'Entscheidung' | 'Kenntnisnahme';
  authoritative: boolean;
  /** Decided by the Hauptausschuss in the Rat's place (the Rat's agenda was full). */
  delegated?: boolean;
}

export interface DemoPaper {
  id: string;
  type: PackTopic['type'];
  name: string;
  reference: string;
  proposal: string;
  isPublic: boolean;
  /** When it was written: its consultations exist from then on. */
  created: Date;
  stages: Stage[];
}

const PREFIX: Record<PackTopic['type'], string> = { Beschlussvorlage: 'V', Mitteilungsvorlage: 'V', Antrag: 'A', Anfrage: 'F' };
const FOR_INFORMATION = new Set<PackTopic['type']>(['Mitteilungsvorlage', 'Anfrage']);

/** The Beratungsfolge: Ausschuss → Hauptausschuss → Rat for what the Rat decides, else the Gremium alone. */
export function stagesOf(context: DemoContext, topic: PackTopic, origin: PackGremium): Stage[] {
  if (FOR_INFORMATION.has(topic.type)) return [{ gremium: origin, role: 'Kenntnisnahme', authoritative: false }];
  const main = context.pack.gremien.find((gremium) => gremium.classification === 'Hauptausschuss')!;
  const rat = context.pack.gremien.find((gremium) => gremium.classification === 'Rat')!;
  if (!topic.toCouncil || origin === rat) return [{ gremium: origin, role: 'Entscheidung', authoritative: true }];
  const advisers = origin === main ? [main] : [origin, main];
  return [
    ...advisers.map((gremium) => ({ gremium, role: 'Vorberatung' as const, authoritative: false })),
    { gremium: rat, role: 'Entscheidung', authoritative: true },
  ];
}

function hasPlace(topic: PackTopic): boolean {
  return `${topic.title} ${topic.text} ${topic.proposal}`.includes('{ort}');
}

/** Fills `{ort}` with a place (which becomes the paper's Location) and `{betrag}` with a sum in euros. */
class TopicText {
  /** The places each topic was written about (one paper per topic and place, so no title repeats). */
  private readonly used = new Map<string, Set<string>>();

  constructor(private readonly context: DemoContext) {}

  /** A topic without a place makes one paper; one with a place a paper per place at most. */
  canUse(topic: PackTopic): boolean {
    const uses = this.used.get(topic.title)?.size ?? 0;
    return hasPlace(topic) ? uses < this.context.pack.places.length : uses === 0;
  }

  /** The topic's texts for its next use (about a place it was not yet about), or undefined when it is used up. */
  next(topic: PackTopic): { title: string; text: string; proposal: string; placeKey?: string } | undefined {
    const { pack, random } = this.context;
    if (!this.canUse(topic)) return undefined;
    const used = this.used.get(topic.title) ?? new Set<string>();
    this.used.set(topic.title, used);
    let place: (typeof pack.places)[number] | undefined;
    if (hasPlace(topic)) {
      const start = random.int(0, pack.places.length - 1);
      place = [...pack.places.slice(start), ...pack.places.slice(0, start)].find((candidate) => !used.has(candidate.key))!;
    }
    used.add(place?.key ?? '');
    const sum = `${(random.int(4, 96) * 10_000).toLocaleString('de-DE')} Euro`;
    const fill = (text: string) => text.replaceAll('{ort}', place?.description ?? '').replaceAll('{betrag}', sum);
    return { title: fill(topic.title), text: fill(topic.text), proposal: fill(topic.proposal), placeKey: place?.key };
  }
}

/** Writes papers (with their PDF, departments, originators and places); the numbers count per kind and year. */
export class PaperWriter {
  private readonly texts: TopicText;
  private readonly counters = new Map<string, number>();
  private readonly cursor = new Map<readonly PackTopic[], number>();

  constructor(
    private readonly context: DemoContext,
    private readonly seating: Seating,
  ) {
    this.texts = new TopicText(context);
  }

  /** The next topic of the list that is not used up (in turn, so a Gremium's subjects alternate). */
  nextTopic(topics: readonly PackTopic[]): PackTopic | undefined {
    const start = this.cursor.get(topics) ?? 0;
    for (let step = 0; step < topics.length; step++) {
      const topic = topics[(start + step) % topics.length]!;
      if (this.texts.canUse(topic)) {
        this.cursor.set(topics, start + step + 1);
        return topic;
      }
    }
    return undefined;
  }

  /** A paper first discussed at a meeting on `meetingDay` in `origin`; undefined when the topic is used up. */
  write(topic: PackTopic, origin: PackGremium, meetingDay: string, isPublic: boolean): DemoPaper | undefined {
    const { context, seating } = this;
    const { random, pack, rows, bodyId } = context;
    const texts = this.texts.next(topic);
    if (!texts) return undefined;
    const day = [addDays(meetingDay, -random.int(10, 24)), context.today].sort()[0]!;
    const year = day.slice(0, 4);
    const counterKey = `${PREFIX[topic.type]}/${year}`;
    const number = (this.counters.get(counterKey) ?? 20 + (pack.seed % 30)) + 1;
    this.counters.set(counterKey, number);
    const reference = `${counterKey}/${String(number).padStart(4, '0')}`;
    const id = random.uuid();
    const stages = stagesOf(context, topic, origin);
    const department = pack.departments.find((one) => one.slug === origin.department)!;
    const faction = topic.type === 'Antrag' || topic.type === 'Anfrage' ? random.pick(pack.factions) : undefined;

    const blocks: PdfBlock[] = [
      { type: 'heading', text: `${topic.type} ${reference}` },
      facts([
        ['Datum', germanDate(day)],
        ['Federführend', department.name],
        ...(faction ? [['Eingereicht von', faction.name] as const] : []),
        ...(isPublic ? [] : [['Öffentlichkeit', 'nichtöffentlich'] as const]),
      ]),
      { type: 'heading', text: 'Betreff', level: 2 },
      { type: 'paragraph', text: texts.title },
      { type: 'heading', text: 'Beratungsfolge', level: 2 },
      { type: 'paragraph', text: stages.map((stage) => `${stage.gremium.name}: ${stage.role}`).join('\n') },
      {
        type: 'heading',
        text: topic.type === 'Anfrage' ? 'Antwort der Verwaltung' : topic.type === 'Mitteilungsvorlage' ? 'Mitteilung' : 'Beschlussvorschlag',
        level: 2,
      },
      { type: 'paragraph', text: texts.proposal },
      { type: 'heading', text: topic.type === 'Anfrage' ? 'Anfrage' : topic.type === 'Antrag' ? 'Begründung' : 'Sachverhalt', level: 2 },
      { type: 'paragraph', text: texts.text },
    ];
    const mainFileId = addDocument(context, {
      name: `${topic.type} ${reference}`,
      fileName: `${reference.replaceAll('/', '-')}.pdf`,
      day,
      isPublic,
      title: `${topic.type} ${reference}: ${texts.title}`,
      blocks,
    });
    const created = new Date(Math.min(context.now.getTime(), Date.parse(`${day}T08:00:00Z`)));
    rows.papers.push({ id, bodyId, name: texts.title, reference, date: day, paperType: topic.type, mainFileId, public: isPublic, created, modified: created });
    rows.paperOrganizations.push({ paperId: id, organizationId: seating.departmentIds.get(department.slug)!, role: 'underDirectionOf' });
    if (faction) {
      rows.paperOrganizations.push({ paperId: id, organizationId: seating.factionIds.get(faction.slug)!, role: 'originator' });
      rows.paperPersons.push({ paperId: id, personId: seating.factionChairs.get(faction.slug)! });
    }
    if (texts.placeKey) rows.paperLocations.push({ paperId: id, locationId: seating.locationIds.get(texts.placeKey)! });
    return { id, type: topic.type, name: texts.title, reference, proposal: texts.proposal, isPublic, created, stages };
  }
}
