import { SelectField } from '../../../kernel/views';
import type { MeasureChoice } from '../../cockpit';

/** The choice of a published cockpit measure, or none (the idea form and the moderators' answer). */
export function MeasureSelect({
  label,
  hint,
  value,
  error,
  measures,
}: {
  label: string;
  hint?: string;
  value: string | undefined;
  error: string | undefined;
  measures: readonly MeasureChoice[];
}) {
  return (
    <SelectField
      name="massnahme"
      label={label}
      hint={hint}
      value={value ?? ''}
      error={error}
      options={[{ value: '', label: 'Keine bestimmte Maßnahme' }, ...measures.map((measure) => ({ value: measure.id, label: measure.title }))]}
    />
  );
}
