import { formatMoney } from '../../../kernel/views/format';
import type { Answers, FormDefinition } from '../definition';
import { holds, resolveRef } from './conditions';
import { formatNumber } from './messages';
import type { FeeSummary } from './types';
import { pruneHidden } from './visibility';

/** A `per` reference counts the items of a repeating group or takes a number answer; anything else counts 0. */
function multiplier(value: Answers[string] | undefined): number {
  if (Array.isArray(value)) return value.length;
  const number = typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(number) && number > 0 ? number : 0;
}

/** The fee for the answers: base amount plus every line whose condition holds (lines that come to 0 € are left out). */
export function computeFee(definition: FormDefinition, answers: Answers): FeeSummary {
  const fee = definition.fee;
  if (!fee) return { totalCents: 0, lines: [] };
  const scope = { answers: pruneHidden(definition, answers) };
  const lines = [{ label: fee.baseLabel, amountCents: fee.base }];
  for (const line of fee.lines) {
    if (!holds(line.when, scope)) continue;
    if (line.per === undefined) {
      lines.push({ label: line.label, amountCents: line.amount });
      continue;
    }
    const count = multiplier(resolveRef(line.per, scope));
    if (count > 0) lines.push({ label: `${line.label} (${formatNumber(count)} × ${formatMoney(line.amount)})`, amountCents: Math.round(line.amount * count) });
  }
  return { totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0), lines };
}
