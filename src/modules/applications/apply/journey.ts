import { validateAnswers, visiblePages, type Answers, type FormDefinition, type PageDef } from '../../forms';
import { PATHS } from '../paths';

/** Where a page stands in the journey for these answers: -1 when it is not (or no longer) shown. */
export function pageIndex(definition: FormDefinition, answers: Answers, pageId: string): { pages: PageDef[]; index: number } {
  const pages = visiblePages(definition, answers);
  return { pages, index: pages.findIndex((page) => page.id === pageId) };
}

/** Ids of the visible pages that still need answers, in journey order. */
export function incompletePageIds(definition: FormDefinition, answers: Answers): string[] {
  return validateAnswers(definition, answers).map((problem) => problem.pageId);
}

/** The first page before `index` that is not complete: reaching `index` by URL skipped it. */
export function skippedPage(definition: FormDefinition, answers: Answers, pages: PageDef[], index: number): PageDef | undefined {
  const incomplete = new Set(incompletePageIds(definition, answers));
  return pages.slice(0, index).find((page) => incomplete.has(page.id));
}

/**
 * After a page was saved: the next visible page, or the check page after the last one. A person who
 * had already completed everything came from "Ändern" on the check page and goes back there.
 */
export function nextPath(applicationId: string, definition: FormDefinition, before: Answers, after: Answers, pageId: string): string {
  const wasComplete = incompletePageIds(definition, before).length === 0;
  if (wasComplete && incompletePageIds(definition, after).length === 0) return PATHS.check(applicationId);
  const { pages, index } = pageIndex(definition, after, pageId);
  const next = pages[index + 1];
  return next ? PATHS.page(applicationId, next.id) : PATHS.check(applicationId);
}

/** Where a person continues a draft: the first page that needs answers, or the check page. */
export function continuePath(applicationId: string, definition: FormDefinition, answers: Answers): string {
  const [first] = incompletePageIds(definition, answers);
  return first ? PATHS.page(applicationId, first) : PATHS.check(applicationId);
}
