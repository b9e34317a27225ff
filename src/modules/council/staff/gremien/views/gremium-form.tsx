import type { FieldErrors } from '../../../../../kernel/http';
import { ErrorSummary, SelectField, TextField } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import { fieldBinder } from '../../entry/bind';
import { DeleteLink, EntryForm } from '../../entry/entry-form';
import { dayText } from '../../entry/fields';
import type { CouncilOrganization } from '../repository';
import { ORGANIZATION_TYPES } from '../schemas';

interface GremiumFormProps {
  gremium: CouncilOrganization | undefined;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

/** Add or edit a Gremium (OParl Organization); its page name under /rat/gremien is shown, not edited. */
export function GremiumFormPage({ gremium, values, errors }: GremiumFormProps) {
  const stored = gremium ? { ...gremium, startDate: dayText(gremium.startDate), endDate: dayText(gremium.endDate) } : { organizationType: 'Gremium' };
  const field = fieldBinder(stored, values, errors);
  const imported = Boolean(gremium?.sourceId);
  return (
    <>
      <h1>{gremium ? `${gremium.name ?? gremium.slug} bearbeiten` : 'Gremium hinzufügen'}</h1>
      {gremium && <p>Adresse der Seite: /rat/gremien/{gremium.slug}</p>}
      <ErrorSummary errors={errors} />
      <EntryForm action={gremium ? STAFF_ENTRY_PATHS.gremium(gremium.id) : STAFF_ENTRY_PATHS.newGremium} imported={imported}>
        <TextField {...field('name')} label="Name" hint="Zum Beispiel „Ausschuss für Planung und Stadtentwicklung“." />
        <TextField
          {...field('shortName')}
          label="Kurzbezeichnung (freiwillig)"
          hint="Zum Beispiel „APS“. Aus ihr entsteht beim Anlegen die Adresse der Seite."
          width="medium"
        />
        <SelectField {...field('organizationType')} label="Art" options={ORGANIZATION_TYPES.map((type) => ({ value: type, label: type }))} />
        <TextField {...field('classification')} label="Einordnung (freiwillig)" hint="Zum Beispiel Rat, Ausschuss, Beirat, Bezirksvertretung." width="medium" />
        <TextField {...field('startDate')} label="Gebildet am (freiwillig)" hint="TT.MM.JJJJ" width="medium" />
        <TextField {...field('endDate')} label="Aufgelöst am (freiwillig)" hint="TT.MM.JJJJ" width="medium" />
      </EntryForm>
      {gremium && <DeleteLink kind="gremien" id={gremium.id} what="Gremium" imported={imported} />}
    </>
  );
}
