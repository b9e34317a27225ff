import type { FieldErrors } from '../../../../kernel/http';
import { Button, Checkbox, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import type { PlannedLocation } from '../access';

interface LocationFormProps {
  location: PlannedLocation | undefined;
  departments: Array<{ id: string; name: string }>;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

/** Create a location or change its data (name, address, Fachbereich, unit length, call-up letter, in service). */
export function LocationFormPage({ location, departments, values, errors }: LocationFormProps) {
  const value = (name: string, stored: string | undefined) => (values ? values[name] : stored);
  return (
    <>
      <h1>{location ? `${location.name} bearbeiten` : 'Standort anlegen'}</h1>
      <ErrorSummary errors={errors} />
      <Form action={location ? STAFF_PATHS.planningLocationEdit(location.id) : STAFF_PATHS.planningNewLocation}>
        <TextField name="name" label="Name" hint="Zum Beispiel „Bürgerbüro im Rathaus“." value={value('name', location?.name)} error={errors?.name} />
        <TextField
          name="slug"
          label="Kurzbezeichnung für die Adresse"
          hint="Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel rathaus. Sie erscheint in der Adresse der Seite des Standorts."
          width="medium"
          value={value('slug', location?.slug)}
          error={errors?.slug}
        />
        <SelectField
          name="departmentId"
          label="Fachbereich"
          hint="Seine Beschäftigten bedienen hier."
          options={departments.map((department) => ({ value: department.id, label: department.name }))}
          placeholder="Bitte wählen"
          value={value('departmentId', location?.departmentId)}
          error={errors?.departmentId}
        />
        <TextField name="street" label="Straße und Hausnummer" value={value('street', location?.street)} error={errors?.street} />
        <TextField
          name="postalCode"
          label="Postleitzahl"
          inputMode="numeric"
          width="short"
          value={value('postalCode', location?.postalCode)}
          error={errors?.postalCode}
        />
        <TextField name="city" label="Ort" width="medium" value={value('city', location?.city)} error={errors?.city} />
        <TextArea
          name="directions"
          label="Anfahrt (optional)"
          hint="Bus, Parken, welcher Eingang."
          rows={3}
          value={value('directions', location?.directions)}
          error={errors?.directions}
        />
        <TextArea
          name="accessibility"
          label="Barrierefreiheit (optional)"
          hint="Stufenloser Zugang, Aufzug, Höranlage: was Menschen mit Behinderung wissen müssen."
          rows={3}
          value={value('accessibility', location?.accessibility)}
          error={errors?.accessibility}
        />
        <TextField
          name="slotMinutes"
          label="Länge einer Zeiteinheit in Minuten"
          hint="Zwischen 5 und 60. Die Dauer jeder Dienstleistung wird auf ganze Einheiten aufgerundet."
          inputMode="numeric"
          width="short"
          value={value('slotMinutes', String(location?.slotMinutes ?? 10))}
          error={errors?.slotMinutes}
        />
        <TextField
          name="ticketPrefix"
          label="Buchstabe der Aufrufnummern"
          hint="Ein Großbuchstabe, zum Beispiel A für „A 017“. Zwei Standorte sollten verschiedene haben."
          width="short"
          value={value('ticketPrefix', location?.ticketPrefix ?? 'A')}
          error={errors?.ticketPrefix}
        />
        <Checkbox
          name="active"
          label="Geöffnet (Termine können gebucht werden)"
          checked={values ? values.active === 'ja' : (location?.active ?? true)}
          error={errors?.active}
        />
        <Button>Speichern</Button>
      </Form>
    </>
  );
}
