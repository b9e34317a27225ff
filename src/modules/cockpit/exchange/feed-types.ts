import type { FigurePart, FigureUnit, MonthValue } from '../../../kernel/module';
import type { MeasureStatus } from '../tables';

/** The exchange feed as schema/v1.json describes it (the schema is the contract; this type follows it). */
export interface ExchangeFeed {
  schemaVersion: string;
  generatedAt: string;
  municipality: { name: string; officialName?: string; ags: string; url: string };
  measures: FeedMeasure[];
  figures: FeedFigure[];
}

export interface FeedMeasure {
  id: string;
  title: string;
  goal: string;
  status: MeasureStatus;
  progressPercent: number;
  startsOn: string;
  endsOn: string | null;
  budgetEuro: number | null;
  fundingSource: string;
  programReference?: string;
  url?: string;
  milestones: Array<{ title: string; dueOn: string; doneOn: string | null }>;
  links: Array<{ kind: string; count: number }>;
}

export interface FeedFigure {
  key: string;
  area?: string;
  label: string;
  unit: FigureUnit;
  definition: string;
  value: number | null;
  parts: FigurePart[];
  months: MonthValue[];
  computedAt: string;
}

/** The version this portal writes; it reads every 1.x (a minor version only adds optional fields). */
export const SCHEMA_VERSION = '1.0';
