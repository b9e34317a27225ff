import type { ModuleDeps } from './module';

// The manifest hooks of the Digitalisierungs-Cockpit (`figures`, `linkTargets`): what a module gives the
// cockpit, kept apart from module.ts so that file stays the manifest and its core hooks.

/** How a key figure is counted: the cockpit formats and charts it by this. */
export type FigureUnit = 'count' | 'percent' | 'days' | 'euro';

/** A share of a figure's value (Leistungen by OZG Reifegrad), in the order the module shows them. */
export interface FigurePart {
  label: string;
  value: number;
}

/** A figure's value in one calendar month (`YYYY-MM`, Berlin). */
export interface MonthValue {
  month: string;
  value: number;
}

/**
 * A figure a module computes from its own data for the Digitalisierungs-Cockpit (Leistungen online,
 * Anträge per month, datasets published, …). The cockpit's job asks every module and keeps the answer;
 * pages never compute figures per request.
 */
export interface KeyFigure {
  /** `<module>.<name>`, stable across towns and versions: the exchange feed compares towns by it. */
  key: string;
  /** German, short ("Leistungen ohne persönliches Erscheinen"). */
  label: string;
  unit: FigureUnit;
  /** One German sentence saying how it is counted (shown with the chart and in the feed). */
  definition: string;
  /** Now; null when there is nothing to count yet (no Antrag decided: no processing time). */
  value: number | null;
  /** How the value divides, if it does. */
  parts?: FigurePart[];
  /** The last months, oldest first, when the module's data has dates (Anträge per month); the cockpit keeps a daily trend of the others. */
  months?: MonthValue[];
}

/** A module's part of the cockpit's live figures. */
export interface FigureSource {
  /** The heading its figures appear under ("Bürgerplattform", "Transparenzportal"). */
  area: string;
  compute: (deps: ModuleDeps, now: Date) => Promise<KeyFigure[]>;
}

/** An object a measure of the cockpit can name: its id in the module, its current title and page. */
export interface LinkTarget {
  id: string;
  title: string;
  href: string;
}

/**
 * A kind of object of a module that the cockpit's measures can be linked to (Leistungen, datasets,
 * courses, hotspots). The cockpit stores only (module, kind, id) and asks again when it shows a link.
 */
export interface LinkTargetSource {
  /** Stable, lower case (`leistung`, `dataset`, `course`, `hotspot`). */
  kind: string;
  /** German plural for the form's choice ("Leistungen"). */
  label: string;
  /** Public objects whose title matches the words, at most `limit`, for the staff's search field. */
  find: (query: string, limit: number, deps: ModuleDeps) => Promise<LinkTarget[]>;
  /** The objects of these ids that still exist and are public; missing ids are left out. */
  byIds: (ids: readonly string[], deps: ModuleDeps) => Promise<LinkTarget[]>;
  /** Every table `byIds` reads: the cockpit's public measure pages are cached until one changes (ADR 8). */
  tables: readonly string[];
}
