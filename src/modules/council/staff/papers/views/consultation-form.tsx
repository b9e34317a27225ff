import type { FieldErrors } from '../../../../../kernel/http';
import { Checkbox, ErrorSummary, SelectField, TextField, formatDateTime } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import { fieldBinder } from '../../entry/bind';
import { asOptions } from '../../entry/choices';
import { EntryForm } from '../../entry/entry-form';
import type { ConsultationPage } from '../use-cases/add-consultation';

/** A new Beratung of the paper: Gremium, meeting (if known), role, whether it decides. */
export function ConsultationFormPage({
  paper,
  organizations,
  meetings,
  values,
  errors,
}: ConsultationPage & { values?: Record<string, string> | undefined; errors?: FieldErrors | undefined }) {
  const field = fieldBinder({}, values, errors);
  return (
    <>
      <h1>Beratung hinzufügen</h1>
      <p class="lead">
        {paper.reference} {paper.name}
      </p>
      <ErrorSummary errors={errors} />
      <EntryForm action={STAFF_ENTRY_PATHS.newConsultation(paper.id)} imported={Boolean(paper.sourceId)}>
        <SelectField {...field('organizationId')} label="Gremium" placeholder="Bitte wählen" options={asOptions(organizations)} />
        <SelectField
          {...field('meetingId')}
          label="Sitzung (freiwillig)"
          hint="Den Tagesordnungspunkt verknüpfen Sie auf der Seite der Sitzung."
          placeholder="noch offen"
          options={meetings.map((meeting) => ({ value: meeting.id, label: `${meeting.name}${meeting.start ? `, ${formatDateTime(meeting.start)}` : ''}` }))}
        />
        <TextField {...field('role')} label="Rolle (freiwillig)" hint="Zum Beispiel Vorberatung, Entscheidung, Kenntnisnahme." width="medium" />
        <Checkbox name="authoritative" label="Dieses Gremium entscheidet" checked={values?.authoritative === 'ja'} />
      </EntryForm>
    </>
  );
}
