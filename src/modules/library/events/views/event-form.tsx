import type { FieldErrors } from '../../../../kernel/http';
import { Button, Checkbox, ErrorSummary, Form, NotificationBanner, TextArea, TextField } from '../../../../kernel/views';
import type { LibraryEvent } from '../../tables';
import { EVENT_PATHS } from '../paths';

export interface EventFormProps {
  /** The stored event when changing one; absent for a new one. */
  event?: LibraryEvent;
  values: Record<string, string>;
  errors?: FieldErrors | undefined;
  /** Errors of the cancel form below (its own POST). */
  cancelErrors?: FieldErrors | undefined;
}

/** A time of day: a short field with the digit keyboard on phones. */
const CLOCK = { width: 'short', inputMode: 'numeric', maxLength: 5 } as const;

/** The staff form of an event and, for a stored one, the form that calls it off. */
export function EventFormPage({ event, values, errors, cancelErrors }: EventFormProps) {
  /** A field's name with what was entered and its message. */
  const field = (name: string) => ({ name, value: values[name], error: errors?.[name] });
  return (
    <>
      <ErrorSummary errors={errors ?? cancelErrors} />
      <h1>{event ? 'Veranstaltung ändern' : 'Neue Veranstaltung'}</h1>
      {event && event.cancellationReason !== null && (
        <NotificationBanner kind="warning" title="Abgesagt">
          Diese Veranstaltung ist abgesagt: {event.cancellationReason}
        </NotificationBanner>
      )}
      <Form action={event ? EVENT_PATHS.staffEdit(event.id) : EVENT_PATHS.staffNew} label="Veranstaltung">
        <TextField {...field('titel')} label="Titel" maxLength={200} />
        <TextField {...field('kurzbeschreibung')} label="Kurzbeschreibung" hint="Ein Satz für den Kalender." maxLength={300} />
        <TextArea {...field('beschreibung')} label="Beschreibung (freiwillig)" hint="Absätze durch eine Leerzeile trennen." rows={6} maxLength={5000} />
        <TextField {...field('tag')} type="date" label="Tag" width="medium" />
        <TextField {...field('beginn')} label="Beginn" hint="Uhrzeit, zum Beispiel 16:30" {...CLOCK} />
        <TextField {...field('ende')} label="Ende" hint="Uhrzeit, zum Beispiel 17:30" {...CLOCK} />
        <TextField {...field('ort')} label="Ort" hint="Zum Beispiel „Stadtbücherei, Kinderbücherei“. Leer lassen, wenn nur online." maxLength={200} />
        <Checkbox name="online" label="Online (auch oder nur)" checked={values.online === 'ja'} error={errors?.online} />
        <TextField {...field('zielgruppe')} label="Für wen" hint="Zum Beispiel „Kinder ab 4“, „Erwachsene“, „Familien“." maxLength={100} />
        <TextField {...field('teilnahme')} label="Teilnahme (freiwillig)" hint="Zum Beispiel „Eintritt frei, ohne Anmeldung“." maxLength={300} />
        <Button>{event ? 'Änderungen speichern' : 'Veranstaltung anlegen'}</Button>
      </Form>
      {event && event.cancellationReason === null && (
        <>
          <h2>Veranstaltung absagen</h2>
          <p>Die Veranstaltung bleibt im Kalender, als abgesagt markiert und mit dem Grund.</p>
          <Form action={EVENT_PATHS.staffCancel(event.id)} label="Veranstaltung absagen">
            <TextField name="grund" label="Grund der Absage" value={values.grund} error={cancelErrors?.grund} maxLength={300} />
            <Button variant="danger">Veranstaltung absagen</Button>
          </Form>
        </>
      )}
    </>
  );
}
