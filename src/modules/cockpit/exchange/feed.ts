import type { Config } from '../../../kernel/config';
import type { Executor } from '../../../kernel/db';
import { currentFigures } from '../exports/current-figures';
import { publishedMeasures, type PublishedMeasure } from '../exports/published-measures';
import { PATHS } from '../paths';
import type { FigureRow } from '../tables';
import { SCHEMA_VERSION, type ExchangeFeed, type FeedFigure, type FeedMeasure } from './feed-types';

function feedMeasure({ measure, milestones, linkCounts }: PublishedMeasure, baseUrl: string): FeedMeasure {
  return {
    id: measure.slug,
    title: measure.title,
    goal: measure.goal,
    status: measure.status,
    progressPercent: measure.progressPercent,
    startsOn: measure.startsOn,
    endsOn: measure.endsOn,
    budgetEuro: measure.budgetCents === null ? null : measure.budgetCents / 100,
    fundingSource: measure.fundingSource,
    programReference: measure.programReference,
    url: `${baseUrl}${PATHS.measure(measure.slug)}`,
    milestones: milestones.map((milestone) => ({ title: milestone.title, dueOn: milestone.dueOn, doneOn: milestone.doneOn })),
    links: linkCounts,
  };
}

function feedFigure(figure: FigureRow): FeedFigure {
  return {
    key: figure.key,
    area: figure.area,
    label: figure.label,
    unit: figure.unit,
    definition: figure.definition,
    value: figure.value,
    parts: figure.parts,
    months: figure.months,
    computedAt: figure.computedAt.toISOString(),
  };
}

/** Our feed: the municipality, the published measures and the figures as the cockpit's job last kept them. */
export async function exchangeFeed(db: Executor, config: Config, now = new Date()): Promise<ExchangeFeed & { $schema: string }> {
  const [measures, figures] = await Promise.all([publishedMeasures(db), currentFigures(db)]);
  return {
    $schema: `${config.baseUrl}${PATHS.feedSchema}`,
    schemaVersion: SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    municipality: {
      name: config.municipality.name,
      officialName: config.municipality.officialName,
      ags: config.municipality.gemeindeschluessel,
      url: config.baseUrl,
    },
    measures: measures.map((measure) => feedMeasure(measure, config.baseUrl)),
    figures: figures.map(feedFigure),
  };
}
