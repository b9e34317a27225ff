import type { FieldErrors } from '../../../../../kernel/http';
import { Checkbox, ErrorSummary, SelectField, TextField } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import { fieldBinder } from '../../entry/bind';
import { asOptions } from '../../entry/choices';
import { DeleteLink, EntryForm } from '../../entry/entry-form';
import { dayText } from '../../entry/fields';
import type { MembershipPage } from '../use-cases/save-membership';

interface MembershipFormProps extends MembershipPage {
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

/** A person's membership in a Gremium or Fraktion. */
export function MembershipFormPage({ person, membership, organizations, values, errors }: MembershipFormProps) {
  const stored = membership ? { ...membership, startDate: dayText(membership.startDate), endDate: dayText(membership.endDate) } : {};
  const field = fieldBinder(stored, values, errors);
  const imported = Boolean(person.sourceId ?? membership?.sourceId);
  const factions = organizations.filter((choice) => choice.organizationType === 'Fraktion');
  const action = membership ? STAFF_ENTRY_PATHS.membership(person.id, membership.id) : STAFF_ENTRY_PATHS.newMembership(person.id);
  return (
    <>
      <h1>{membership ? 'Mitgliedschaft bearbeiten' : 'Mitgliedschaft hinzufügen'}</h1>
      <p class="lead">{person.name}</p>
      <ErrorSummary errors={errors} />
      <EntryForm action={action} imported={imported}>
        <SelectField {...field('organizationId')} label="Gremium oder Fraktion" placeholder="Bitte wählen" options={asOptions(organizations)} />
        <TextField {...field('role')} label="Rolle (freiwillig)" hint="Zum Beispiel Mitglied, Vorsitzende, stellvertretendes Mitglied." width="medium" />
        <Checkbox
          name="votingRight"
          label="Mit Stimmrecht"
          checked={values ? values.votingRight === 'ja' : (membership?.votingRight ?? true)}
          error={errors?.votingRight}
        />
        <TextField {...field('startDate')} label="Beginn (freiwillig)" hint="TT.MM.JJJJ" width="medium" />
        <TextField {...field('endDate')} label="Ende (freiwillig)" hint="TT.MM.JJJJ; leer, solange sie andauert." width="medium" />
        <SelectField {...field('onBehalfOfId')} label="Für die Fraktion (freiwillig)" placeholder="keine" options={asOptions(factions)} />
      </EntryForm>
      {membership && <DeleteLink kind="personen/mitgliedschaften" id={membership.id} what="Mitgliedschaft" imported={imported} />}
    </>
  );
}
