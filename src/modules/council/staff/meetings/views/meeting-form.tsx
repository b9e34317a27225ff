import type { FieldErrors } from '../../../../../kernel/http';
import { berlinDay, berlinTime } from '../../../../../kernel/time';
import { ButtonLink, Checkbox, CheckboxGroup, ErrorSummary, SelectField, TextField } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import { fieldBinder } from '../../entry/bind';
import { DeleteLink, EntryForm } from '../../entry/entry-form';
import { dayText } from '../../entry/fields';
import { placeValues } from '../../entry/place';
import { PlaceFields } from '../../entry/place-fields';
import { MEETING_STATES } from '../schemas';
import type { MeetingPage } from '../use-cases/open-meeting';
import { AgendaTable } from './agenda-table';

interface MeetingFormProps extends MeetingPage {
  values?: Record<string, string> | undefined;
  /** The Gremien ticked in a form sent back with errors. */
  checked?: string[] | undefined;
  errors?: FieldErrors | undefined;
}

function storedValues({ meeting, location }: MeetingPage) {
  if (!meeting) return { meetingState: 'terminiert' };
  return {
    ...placeValues(location),
    ...meeting,
    day: meeting.start ? dayText(berlinDay(meeting.start)) : undefined,
    startTime: meeting.start ? berlinTime(meeting.start) : undefined,
    endTime: meeting.end ? berlinTime(meeting.end) : undefined,
  };
}

/** Add or edit a meeting; a saved one shows its agenda (and documents) below. */
export function MeetingFormPage(props: MeetingFormProps) {
  const { meeting, organizations, organizationIds, agenda, values, checked, errors } = props;
  const field = fieldBinder(storedValues(props), values, errors);
  const imported = Boolean(meeting?.sourceId);
  return (
    <>
      <h1>{meeting ? (meeting.name ?? 'Sitzung') : 'Sitzung hinzufügen'}</h1>
      <ErrorSummary errors={errors} />
      <EntryForm action={meeting ? STAFF_ENTRY_PATHS.meeting(meeting.id) : STAFF_ENTRY_PATHS.newMeeting} imported={imported}>
        <CheckboxGroup
          name="organizationIds"
          legend="Gremium"
          hint="Bei einer gemeinsamen Sitzung mehrere."
          options={organizations.map((choice) => ({ value: choice.id, label: choice.name }))}
          values={checked ?? organizationIds}
          error={errors?.organizationIds}
        />
        <TextField {...field('name')} label="Name der Sitzung" hint="Zum Beispiel „5. Sitzung des Ausschusses für Planung und Stadtentwicklung“." />
        <TextField {...field('day')} label="Tag" hint="TT.MM.JJJJ" width="medium" />
        <TextField {...field('startTime')} label="Beginn" hint="HH:MM" width="short" />
        <TextField {...field('endTime')} label="Ende (freiwillig)" hint="HH:MM" width="short" />
        <SelectField {...field('meetingState')} label="Stand" options={MEETING_STATES.map((state) => ({ value: state, label: state }))} />
        <Checkbox name="cancelled" label="Die Sitzung ist abgesagt" checked={values ? values.cancelled === 'ja' : (meeting?.cancelled ?? false)} />
        <PlaceFields field={field} heading="Ort" withRoom />
      </EntryForm>
      {meeting && (
        <>
          <h2>Tagesordnung</h2>
          <AgendaTable meetingId={meeting.id} agenda={agenda} editable={!imported} />
          {!imported && (
            <ButtonLink href={STAFF_ENTRY_PATHS.newAgendaItem(meeting.id)} variant="secondary">
              Tagesordnungspunkt hinzufügen
            </ButtonLink>
          )}
          <h2>Dokumente</h2>
          <p>
            <a href={STAFF_ENTRY_PATHS.meetingFiles(meeting.id)}>Einladung, Protokolle und weitere Dokumente</a>
          </p>
          <DeleteLink kind="sitzungen" id={meeting.id} what="Sitzung" imported={imported} />
        </>
      )}
    </>
  );
}
