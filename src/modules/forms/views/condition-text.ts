import type { Condition, FormDefinition } from '../definition';
import { findPlace } from '../engine';

/**
 * A condition in words, for the hint of a field that depends on another field of the same page
 * ("Nur ausfüllen, wenn bei „Haben Sie Kinder?“ „Ja“ angegeben ist."): the page works without JavaScript.
 */
export function describeCondition(condition: Condition, definition: FormDefinition): string {
  if ('all' in condition) return condition.all.map((part) => describeCondition(part, definition)).join(' und ');
  if ('any' in condition) return condition.any.map((part) => describeCondition(part, definition)).join(' oder ');
  if ('not' in condition) return `nicht gilt: ${describeCondition(condition.not, definition)}`;
  const field = findPlace(definition, condition.field)?.field;
  const label = `„${field?.label ?? condition.field}“`;
  const answer = (value: string) => `„${field?.options?.find((option) => option.value === value)?.label ?? value}“`;
  if ('equals' in condition) {
    if (typeof condition.equals === 'boolean') return `${label} ${condition.equals ? 'angekreuzt' : 'nicht angekreuzt'} ist`;
    return `bei ${label} ${answer(condition.equals)} angegeben ist`;
  }
  if ('notEquals' in condition) {
    if (typeof condition.notEquals === 'boolean') return `${label} ${condition.notEquals ? 'nicht angekreuzt' : 'angekreuzt'} ist`;
    return `bei ${label} nicht ${answer(condition.notEquals)} angegeben ist`;
  }
  if ('in' in condition) return `bei ${label} ${condition.in.map(answer).join(' oder ')} angegeben ist`;
  return `${label} ${condition.filled ? 'ausgefüllt' : 'nicht ausgefüllt'} ist`;
}

/** The field ids a condition reads (the field part of `group.field` references). */
export function conditionFields(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionFields);
  if ('any' in condition) return condition.any.flatMap(conditionFields);
  if ('not' in condition) return conditionFields(condition.not);
  return [condition.field.slice(condition.field.indexOf('.') + 1)];
}
