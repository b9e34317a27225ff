import { TextField } from '../../../../kernel/views';

/** A date typed as Tag.Monat.Jahr (`values.ts` reads it; ISO from a date picker is taken too). */
export function DayField(props: { name: string; label: string; hint: string; value?: string | undefined; error?: string | undefined }) {
  return <TextField {...props} width="medium" maxLength={40} />;
}
