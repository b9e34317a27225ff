import type { FieldErrors } from '../../../kernel/http';
import type { Answers, FieldDef, FimRef } from '../definition';

/** Form input names → what was typed, for showing a page again (`name`, `addr.street`, `people.0.name`, `date-day`, `_items.people`). */
export type RawValues = Record<string, string | string[]>;

export type PageReadResult =
  /** The page's answers are valid and merged into `answers` (answers of now hidden fields removed). */
  | { ok: true; answers: Answers; values: RawValues }
  /**
   * Show the page again: with errors, or without (`stay`: an item of a repeating group was added or
   * removed). `answers` holds every answer of the page that is valid on its own, so a draft can keep them.
   */
  | { ok: false; stay: boolean; errors: FieldErrors; values: RawValues; answers: Answers };

export interface FeeSummary {
  totalCents: number;
  lines: { label: string; amountCents: number }[];
}

export interface SummaryPage {
  pageId: string;
  title: string;
  /** `inputId` is the id of the first input of the answer, for "Ändern" links (`#inputId`). */
  rows: { inputId: string; label: string; value: string }[];
}

export interface ExportedAnswer {
  id: string;
  fim?: FimRef;
  label: string;
  type: FieldDef['type'] | 'group';
  /** The stored answer (see `Answers`), null when not answered; null for groups. */
  value: unknown;
  /** Groups: one list of answers per item (a group that does not repeat has exactly one item). */
  items?: ExportedAnswer[][];
}
