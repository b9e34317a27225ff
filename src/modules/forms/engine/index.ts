// PLACEHOLDER contract — replaced by the owner of the forms engine.
import type { FieldErrors } from '../../../kernel/http';
import type { Answers, FieldDef, FimRef, FormDefinition, PageDef } from '../definition';

/** Form input names → what was typed, for showing a page again (`name`, `addr.street`, `people.0.name`, `date.day`). */
export type RawValues = Record<string, string | string[]>;

export type PageReadResult =
  /** The page's answers are valid and merged into `answers` (answers of now hidden fields removed). */
  | { ok: true; answers: Answers; values: RawValues }
  /** Show the page again: with errors, or without (`stay`: an item of a repeating group was added or removed). */
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
  value: unknown;
  /** Repeating group: one list of answers per item. */
  items?: ExportedAnswer[][];
}

export declare function visiblePages(definition: FormDefinition, answers: Answers): PageDef[];
/** `files`: attachment ids per file field of this page after uploads/removals were applied by the caller. */
export declare function readPage(definition: FormDefinition, pageId: string, body: Record<string, unknown>, answers: Answers, files?: Record<string, string[]>): PageReadResult;
/** Every visible page's errors (empty list: complete); includes cross-field rules. */
export declare function validateAnswers(definition: FormDefinition, answers: Answers): { pageId: string; errors: FieldErrors }[];
export declare function computeFee(definition: FormDefinition, answers: Answers): FeeSummary;
export declare function summarizeAnswers(definition: FormDefinition, answers: Answers, fileName?: (attachmentId: string) => string): SummaryPage[];
export declare function exportAnswers(definition: FormDefinition, answers: Answers): ExportedAnswer[];
export declare function answersToValues(definition: FormDefinition, page: PageDef, answers: Answers): RawValues;
export declare function fileFieldsOf(definition: FormDefinition, page?: PageDef): FieldDef[];
