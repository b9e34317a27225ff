import type { Executor } from '../../../kernel/db';
import {
  councilBodies,
  councilConsultationOrganizations,
  councilConsultations,
  councilFiles,
  councilOrganizations,
  councilPaperFiles,
  councilPaperOrganizations,
  councilPapers,
} from '../tables';

/**
 * Generated council papers with file texts, for the search's tests (an oracle against SQL) and its
 * benchmark (10,000 papers): plausible German words, so the stemmer, stop words and prefixes do what
 * they do on real papers. The same seed gives the same papers.
 */

const SUBJECTS = [
  'Radweg',
  'Grundschule',
  'Kindertagesstätte',
  'Bebauungsplan',
  'Haushaltssatzung',
  'Feuerwehrgerätehaus',
  'Straßenbeleuchtung',
  'Spielplatz',
  'Friedhof',
  'Hallenbad',
  'Stadtbücherei',
  'Wohnbaufläche',
  'Klimaschutzkonzept',
  'Bushaltestelle',
  'Parkgebühren',
  'Gewerbegebiet',
] as const;
const PLACES = ['Baarstraße', 'Hemer', 'Letmathe', 'Hennen', 'Sümmern', 'Drüpplingsen', 'Nußberg', 'Seilersee', 'Dröschede', 'Kalthof'] as const;
const ACTIONS = ['Sanierung', 'Neubau', 'Erweiterung', 'Änderung', 'Aufstellung', 'Erneuerung', 'Förderung', 'Prüfung'] as const;
export const GENERATED_PAPER_TYPES = ['Beschlussvorlage', 'Mitteilungsvorlage', 'Antrag', 'Anfrage'] as const;
const FILLER = [
  'Die Verwaltung schlägt vor, die Maßnahme im kommenden Haushaltsjahr umzusetzen.',
  'Der Ausschuss hat sich in seiner letzten Sitzung mit dem Thema befasst.',
  'Die Kosten werden auf rund 250.000 Euro geschätzt und aus Fördermitteln des Landes gedeckt.',
  'Anwohnerinnen und Anwohner wurden im Rahmen einer Bürgerversammlung beteiligt.',
  'Die Stellungnahme der Bezirksregierung liegt als Anlage bei.',
  'Die Fraktion beantragt, den Beschluss bis zur nächsten Sitzung zurückzustellen.',
  'Die Planung berücksichtigt Barrierefreiheit, Lärmschutz und die Belange des Naturschutzes.',
  'Die Arbeiten sollen in den Sommerferien beginnen und im Herbst abgeschlossen sein.',
  'Ein Gutachten zur Verkehrssicherheit wurde in Auftrag gegeben.',
  'Die Mittel stehen im Teilergebnisplan des Fachbereichs zur Verfügung.',
] as const;

/** A small, fast, seeded generator (mulberry32): the same papers on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratePapersOptions {
  bodyId: string;
  /** Gremien the papers are consulted in and led by. */
  organizationIds: readonly string[];
  count: number;
  /** Sentences per main file (a page is about 25). */
  sentences?: number;
  seed?: number;
}

const BATCH = 250;

/** Inserts `count` papers with a main file each, an auxiliary file for every third, consultations and underDirectionOf. */
export async function insertGeneratedPapers(db: Executor, options: GeneratePapersOptions): Promise<void> {
  const next = random(options.seed ?? 13);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const sentences = options.sentences ?? 12;
  for (let start = 0; start < options.count; start += BATCH) {
    const size = Math.min(BATCH, options.count - start);
    const specs = Array.from({ length: size }, (_, at) => {
      const subject = pick(SUBJECTS);
      const place = pick(PLACES);
      const number = start + at + 1;
      const year = 2024 + (number % 3);
      const day = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
      // Mostly the paper's own subject and place, now and then another (a real paper mentions a few).
      const text = [
        `${pick(ACTIONS)} ${subject} ${place}.`,
        ...Array.from({ length: sentences }, () => `${pick(FILLER)} ${next() < 0.05 ? `${pick(SUBJECTS)} ${pick(PLACES)}` : `${subject} ${place}`}.`),
      ].join(' ');
      return {
        name: `${pick(ACTIONS)}: ${subject} in ${place}`,
        reference: `V/${year}/${String(number).padStart(4, '0')}`,
        date: day,
        paperType: pick(GENERATED_PAPER_TYPES),
        public: next() > 0.05,
        deleted: next() < 0.02,
        text,
        auxiliary: number % 3 === 0 ? { text: `Anlage: ${pick(FILLER)} ${pick(SUBJECTS)}.`, public: next() > 0.2, deleted: next() < 0.05 } : null,
        organizations: [pick(options.organizationIds), pick(options.organizationIds)],
      };
    });
    const mains = await db
      .insert(councilFiles)
      .values(
        specs.map((spec) => ({ bodyId: options.bodyId, name: `Vorlage ${spec.reference}`, mimeType: 'application/pdf', text: spec.text, public: spec.public })),
      )
      .returning({ id: councilFiles.id });
    const papers = await db
      .insert(councilPapers)
      .values(
        specs.map((spec, at) => ({
          bodyId: options.bodyId,
          name: spec.name,
          reference: spec.reference,
          date: spec.date,
          paperType: spec.paperType,
          public: spec.public,
          deleted: spec.deleted,
          mainFileId: mains[at]!.id,
        })),
      )
      .returning({ id: councilPapers.id });
    const withAuxiliary = specs.flatMap((spec, at) => (spec.auxiliary ? [{ paperId: papers[at]!.id, ...spec.auxiliary }] : []));
    if (withAuxiliary.length > 0) {
      const files = await db
        .insert(councilFiles)
        .values(
          withAuxiliary.map((file) => ({
            bodyId: options.bodyId,
            name: 'Anlage',
            mimeType: 'application/pdf',
            text: file.text,
            public: file.public,
            deleted: file.deleted,
          })),
        )
        .returning({ id: councilFiles.id });
      await db.insert(councilPaperFiles).values(withAuxiliary.map((file, at) => ({ paperId: file.paperId, fileId: files[at]!.id, position: 1 })));
    }
    await db
      .insert(councilPaperOrganizations)
      .values(papers.map((paper, at) => ({ paperId: paper.id, organizationId: specs[at]!.organizations[0]!, role: 'underDirectionOf' as const })));
    const consultations = await db
      .insert(councilConsultations)
      .values(papers.map((paper) => ({ bodyId: options.bodyId, paperId: paper.id, role: 'Entscheidung', authoritative: true })))
      .returning({ id: councilConsultations.id });
    await db
      .insert(councilConsultationOrganizations)
      .values(consultations.map((consultation, at) => ({ consultationId: consultation.id, organizationId: specs[at]!.organizations[1]! })));
  }
}

/**
 * A body with five Gremien (slugs rat, bau, schule, umwelt, finanzen) and `count` generated papers: the
 * search's benchmark. The body is named after no town, so a benchmark of any municipality shows no other.
 */
export async function seedGeneratedCouncil(db: Executor, count: number, sentences = 40): Promise<void> {
  const [body] = await db.insert(councilBodies).values({ name: 'Rat (Benchmark)' }).returning({ id: councilBodies.id });
  const gremien = await db
    .insert(councilOrganizations)
    .values(['rat', 'bau', 'schule', 'umwelt', 'finanzen'].map((slug) => ({ bodyId: body!.id, slug, name: `Gremium ${slug}` })))
    .returning({ id: councilOrganizations.id });
  await insertGeneratedPapers(db, { bodyId: body!.id, organizationIds: gremien.map((row) => row.id), count, sentences });
}
