import type { ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ExchangeFeed } from '../feed-types';
import { FEED_SCHEMA_V1 } from '../schema';
import { problemOf } from './feed-problems';

/** A feed read and checked, or every problem found (at most MAX_PROBLEMS, then how many more). */
export type FeedCheck = { ok: true; feed: ExchangeFeed } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 20;
/** Lists longer than the schema allows are refused before the schema walks them: 10,000 measures cost no time. */
const MAX_ENTRIES = { measures: 1000, figures: 500 } as const;

const validate = new Ajv2020({ allErrors: true, strict: true }).compile<ExchangeFeed>(FEED_SCHEMA_V1);

const refused = (problems: string[]): FeedCheck => ({
  ok: false,
  problems: problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `… und ${problems.length - MAX_PROBLEMS} weitere Probleme.`] : problems,
});

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.has(value) || !seen.add(value)))];
}

/** Where a value matches no branch of an `anyOf` (a day or null), one problem says so, not one per branch. */
function withoutBranches(errors: ErrorObject[]): ErrorObject[] {
  const unions = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath));
  return errors.filter((error) => error.keyword === 'anyOf' || !unions.has(error.instancePath));
}

/** Only what version 1 defines, so a minor version's additions (or anything else a source sends) is not stored. */
function known(feed: ExchangeFeed): ExchangeFeed {
  const { schemaVersion, generatedAt, municipality, measures, figures } = feed;
  return {
    schemaVersion,
    generatedAt,
    municipality: {
      name: municipality.name,
      ags: municipality.ags,
      url: municipality.url,
      ...(municipality.officialName ? { officialName: municipality.officialName } : {}),
    },
    measures: measures.map((m) => ({
      id: m.id,
      title: m.title,
      goal: m.goal,
      status: m.status,
      progressPercent: m.progressPercent,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      budgetEuro: m.budgetEuro,
      fundingSource: m.fundingSource,
      ...(m.url ? { url: m.url } : {}),
      milestones: m.milestones.map(({ title, dueOn, doneOn }) => ({ title, dueOn, doneOn })),
      links: m.links.map(({ kind, count }) => ({ kind, count })),
    })),
    figures: figures.map((f) => ({
      key: f.key,
      ...(f.area ? { area: f.area } : {}),
      label: f.label,
      unit: f.unit,
      definition: f.definition,
      value: f.value,
      parts: f.parts.map(({ label, value }) => ({ label, value })),
      months: f.months.map(({ month, value }) => ({ month, value })),
      computedAt: f.computedAt,
    })),
  };
}

/** Another town's feed as text: JSON, within the bounds, valid against schema v1, not our own town's. */
export function checkFeed(text: string, ownAgs: string): FeedCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refused(['Die Datei ist kein gültiges JSON.']);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refused(['Der Feed muss ein JSON-Objekt sein.']);
  const record = data as Record<string, unknown>;
  const tooMany = (Object.keys(MAX_ENTRIES) as Array<keyof typeof MAX_ENTRIES>).filter(
    (list) => Array.isArray(record[list]) && (record[list] as unknown[]).length > MAX_ENTRIES[list],
  );
  if (tooMany.length) return refused(tooMany.map((list) => `Der Feed hat mehr als ${MAX_ENTRIES[list]} ${list === 'measures' ? 'Maßnahmen' : 'Kennzahlen'}.`));
  if (!validate(data)) return refused(withoutBranches(validate.errors ?? []).map(problemOf));
  const problems = [
    ...duplicates(data.measures.map((measure) => measure.id)).map((id) => `Die Maßnahme „${id}“ steht mehrfach im Feed.`),
    ...duplicates(data.figures.map((figure) => figure.key)).map((key) => `Die Kennzahl „${key}“ steht mehrfach im Feed.`),
  ];
  if (data.municipality.ags === ownAgs) problems.push('Das ist der Feed der eigenen Stadt (gleicher Gemeindeschlüssel).');
  return problems.length ? refused(problems) : { ok: true, feed: known(data) };
}
