import type { AddressValue, Answers, AnswerValue, Condition } from '../definition';

type StoredValue = Answers[string];
export type Item = Record<string, AnswerValue>;

/**
 * Where a field reference is resolved: the answers, and inside a repeating group the current item
 * (`fieldId` looks in the item first; `groupId.fieldId` means the field of the same item).
 */
export interface Scope {
  answers: Answers;
  groupId?: string;
  item?: Item;
}

export function resolveRef(ref: string, scope: Scope): StoredValue | undefined {
  const dot = ref.indexOf('.');
  if (dot >= 0) {
    const [groupId, fieldId] = [ref.slice(0, dot), ref.slice(dot + 1)];
    return scope.groupId === groupId ? scope.item?.[fieldId] : undefined;
  }
  return scope.item && ref in scope.item ? scope.item[ref] : scope.answers[ref];
}

export function isFilled(value: StoredValue | undefined): boolean {
  if (value === undefined || value === false || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value as AddressValue).some((part) => part !== '');
  return true;
}

function matches(value: StoredValue | undefined, expected: string | boolean): boolean {
  if (typeof expected === 'boolean') return (value === true) === expected;
  if (Array.isArray(value)) return value.some((entry) => entry === expected);
  return value === expected;
}

export function holds(condition: Condition | undefined, scope: Scope): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((part) => holds(part, scope));
  if ('any' in condition) return condition.any.some((part) => holds(part, scope));
  if ('not' in condition) return !holds(condition.not, scope);
  const value = resolveRef(condition.field, scope);
  if ('equals' in condition) return matches(value, condition.equals);
  if ('notEquals' in condition) return !matches(value, condition.notEquals);
  if ('in' in condition) return condition.in.some((expected) => matches(value, expected));
  return isFilled(value) === condition.filled;
}
