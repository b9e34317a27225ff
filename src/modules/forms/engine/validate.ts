import type { FieldErrors } from '../../../kernel/http';
import type { Answers, FormDefinition } from '../definition';
import { checkValue } from './check-value';
import { crossRuleErrors } from './cross-rules';
import { todayIso } from './dates';
import { messages } from './messages';
import { pruneHidden, visiblePages, walkVisible } from './visibility';

/**
 * Every visible page's errors (empty list: complete), cross-field rules included: the check before
 * an application is submitted. Answers of hidden fields are ignored, as if they had been removed.
 */
export function validateAnswers(definition: FormDefinition, answers: Answers): { pageId: string; errors: FieldErrors }[] {
  const today = todayIso();
  const pruned = pruneHidden(definition, answers);
  const pages = visiblePages(definition, pruned);
  const byPage = new Map<string, FieldErrors>(pages.map((page) => [page.id, {}]));
  walkVisible(
    definition,
    pruned,
    {
      repeatingGroup: (page, group, items) => {
        const { min, max } = group.repeat!;
        if (items.length < min) byPage.get(page.id)![group.id] = messages.tooFewItems(group, min);
        if (items.length > max) byPage.get(page.id)![group.id] = messages.tooManyItems(group, max);
      },
      field: ({ page, field, name, value }) => Object.assign(byPage.get(page.id)!, checkValue(field, value, name, today)),
    },
    pages,
  );
  for (const error of crossRuleErrors(definition, pruned, definition.rules)) {
    const errors = byPage.get(error.pageId);
    if (errors) errors[error.key] ??= error.message;
  }
  return pages.map((page) => ({ pageId: page.id, errors: byPage.get(page.id)! })).filter(({ errors }) => Object.keys(errors).length > 0);
}
