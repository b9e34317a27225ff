import type { FieldErrors } from '../../../../kernel/http';
import { Button, Checkbox, ErrorSummary, Form, StatusTag, TextArea, TextField } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import type { WlanHotspot } from '../../tables';
import { degrees, hotspotState } from '../presenters';

interface HotspotFormProps {
  hotspot: WlanHotspot | undefined;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
  /** Errors of the delete form, shown at its checkbox. */
  deleteErrors?: FieldErrors | undefined;
}

function RetireAndDelete({ hotspot, errors }: { hotspot: WlanHotspot; errors: FieldErrors | undefined }) {
  const retired = hotspot.removedAt !== null;
  return (
    <>
      <h2>{retired ? 'Wieder in Betrieb nehmen' : 'Außer Betrieb nehmen'}</h2>
      <p>
        {retired
          ? 'Der Hotspot erscheint dann wieder auf der Karte.'
          : 'Der Hotspot verschwindet von der Karte; seine bisherigen Tage zählen weiter in der Statistik.'}
      </p>
      <Form action={STAFF_PATHS.retireHotspot(hotspot.id)}>
        <Button variant="secondary">{retired ? 'Wieder in Betrieb nehmen' : 'Außer Betrieb nehmen'}</Button>
      </Form>
      <h2>Löschen</h2>
      <p>Nur für falsche Einträge: Der Hotspot und seine Statistik werden endgültig gelöscht.</p>
      <Form action={STAFF_PATHS.deleteHotspot(hotspot.id)}>
        <Checkbox name="confirm" label="Ja, diesen Hotspot endgültig löschen" error={errors?.confirm} />
        <Button variant="danger">Hotspot löschen</Button>
      </Form>
    </>
  );
}

/** Add or edit an own hotspot; the position as latitude and longitude, as a map service shows them. */
export function HotspotFormPage({ hotspot, values, errors, deleteErrors }: HotspotFormProps) {
  const value = (name: string, stored: string | undefined) => (values ? values[name] : stored);
  const state = hotspot && hotspotState(hotspot);
  return (
    <>
      <h1>{hotspot ? `${hotspot.name} bearbeiten` : 'Hotspot hinzufügen'}</h1>
      {state && (
        <p>
          Zustand: <StatusTag kind={state.kind}>{state.label}</StatusTag>
          {hotspot.insideArea ? '' : ' (liegt außerhalb des Stadtgebiets)'}
        </p>
      )}
      <ErrorSummary errors={errors ?? deleteErrors} />
      <Form action={hotspot ? STAFF_PATHS.hotspot(hotspot.id) : STAFF_PATHS.newHotspot}>
        <TextField
          name="name"
          label="Name"
          hint="So erscheint der Hotspot auf der Karte, zum Beispiel „Rathaus, Bürgerbüro“."
          value={value('name', hotspot?.name)}
          error={errors?.name}
        />
        <TextField
          name="operator"
          label="Betreiber"
          hint="Die Stadt oder die städtische Gesellschaft, die den Hotspot betreibt, zum Beispiel die Stadtwerke."
          value={value('operator', hotspot?.operator)}
          error={errors?.operator}
        />
        <TextField name="address" label="Adresse" hint="Straße, Hausnummer und Ort." value={value('address', hotspot?.address)} error={errors?.address} />
        <TextField
          name="latitude"
          label="Breitengrad"
          hint="In Grad mit Komma, zum Beispiel 51,3759."
          inputMode="decimal"
          width="medium"
          value={value('latitude', hotspot ? degrees(hotspot.latitude) : undefined)}
          error={errors?.latitude}
        />
        <TextField
          name="longitude"
          label="Längengrad"
          hint="In Grad mit Komma, zum Beispiel 7,6958."
          inputMode="decimal"
          width="medium"
          value={value('longitude', hotspot ? degrees(hotspot.longitude) : undefined)}
          error={errors?.longitude}
        />
        <TextArea
          name="description"
          label="Beschreibung (freiwillig)"
          hint="Wo genau das WLAN reicht und wann es zugänglich ist."
          value={value('description', hotspot?.description) ?? ''}
          error={errors?.description}
        />
        <Checkbox
          name="online"
          label="Der Hotspot ist in Betrieb"
          hint="Nehmen Sie den Haken heraus, solange er gestört ist."
          checked={values ? values.online === 'ja' : (hotspot?.online ?? true)}
          error={errors?.online}
        />
        <Button>Speichern</Button>
      </Form>
      {hotspot && <RetireAndDelete hotspot={hotspot} errors={deleteErrors} />}
    </>
  );
}
