import type { Answers, CrossRule, FormDefinition } from '../definition';
import { holds, isFilled, resolveRef, type Scope } from './conditions';
import { isCalendarDate } from '../../../kernel/http';
import { daysBetween } from './dates';
import { findPlace, inputIdOf, itemInputName } from './names';
import { itemsOf, visiblePages } from './visibility';

/** Every field reference a rule reads. */
export function refsOfRule(rule: CrossRule): string[] {
  const { check } = rule;
  if (check.type === 'dateOrder') return [...rule.fields, check.first, check.second];
  if (check.type === 'oneOf') return [...rule.fields, ...check.of];
  return [...rule.fields, check.left, ...(typeof check.right === 'string' ? [check.right] : [])];
}

function asNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value !== '' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : undefined;
}

const COMPARE: Record<string, (left: number, right: number) => boolean> = {
  '<': (l, r) => l < r,
  '<=': (l, r) => l <= r,
  '>': (l, r) => l > r,
  '>=': (l, r) => l >= r,
  '=': (l, r) => l === r,
  '!=': (l, r) => l !== r,
};

/** Whether the rule is met; a rule about a missing answer holds (missing answers are the fields' own concern). */
function passes(check: CrossRule['check'], scope: Scope): boolean {
  if (check.type === 'oneOf') return check.of.some((ref) => isFilled(resolveRef(ref, scope)));
  if (check.type === 'dateOrder') {
    const [first, second] = [resolveRef(check.first, scope), resolveRef(check.second, scope)];
    if (typeof first !== 'string' || typeof second !== 'string' || !isCalendarDate(first) || !isCalendarDate(second)) return true;
    if (check.allowEqual ? first > second : first >= second) return false;
    return check.maxDays === undefined || daysBetween(first, second) <= check.maxDays;
  }
  const left = asNumber(resolveRef(check.left, scope));
  const right = typeof check.right === 'number' ? check.right : asNumber(resolveRef(check.right, scope));
  return left === undefined || right === undefined || COMPARE[check.op]!(left, right);
}

export interface RuleError {
  pageId: string;
  key: string;
  message: string;
}

/**
 * Errors of cross-field rules, shown at the rule's first field. A rule that reads a field of a
 * repeating group (`group.field`) is checked for every item. Rules whose first field is not on a
 * visible page are skipped: hidden answers are never validated.
 */
export function crossRuleErrors(definition: FormDefinition, answers: Answers, rules: CrossRule[]): RuleError[] {
  const visible = new Set(visiblePages(definition, answers).map((page) => page.id));
  const found: RuleError[] = [];
  for (const rule of rules) {
    const target = findPlace(definition, rule.fields[0]!);
    if (!target || !visible.has(target.page.id) || !holds(target.group?.visibleIf, { answers })) continue;
    const repeating = refsOfRule(rule)
      .map((ref) => (ref.includes('.') ? findPlace(definition, ref)?.group : undefined))
      .find((group) => group?.repeat);
    const scopes: Array<{ scope: Scope; index?: number }> = repeating
      ? itemsOf(answers[repeating.id]).map((item, index) => ({ scope: { answers, groupId: repeating.id, item }, index }))
      : [{ scope: { answers } }];
    for (const { scope, index } of scopes) {
      if (!holds(target.field.visibleIf, scope) || !holds(rule.when, scope) || passes(rule.check, scope)) continue;
      const name = target.group?.repeat && index !== undefined ? itemInputName(target.group.id, index, target.field.id) : target.field.id;
      found.push({ pageId: target.page.id, key: inputIdOf(target.field, name), message: rule.message });
    }
  }
  return found;
}
