import type { FieldErrors } from '../../../../../kernel/http';
import { Checkbox, ErrorSummary, TextArea, TextField } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import { fieldBinder } from '../../entry/bind';
import { DeleteLink, EntryForm } from '../../entry/entry-form';
import type { AgendaItemPage } from '../use-cases/save-agenda-item';

interface AgendaItemFormProps extends AgendaItemPage {
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

/** An agenda item: subject, public or not, the paper it deals with, result and resolution. */
export function AgendaItemFormPage({ meeting, item, values, errors }: AgendaItemFormProps) {
  const field = fieldBinder(item ?? {}, values, errors);
  const imported = Boolean(meeting.sourceId);
  const action = item ? STAFF_ENTRY_PATHS.agendaItem(meeting.id, item.id) : STAFF_ENTRY_PATHS.newAgendaItem(meeting.id);
  return (
    <>
      <h1>{item ? 'Tagesordnungspunkt bearbeiten' : 'Tagesordnungspunkt hinzufügen'}</h1>
      <p class="lead">{meeting.name}</p>
      <ErrorSummary errors={errors} />
      <EntryForm action={action} imported={imported}>
        <TextField {...field('number')} label="Nummer (freiwillig)" hint="Wie sie auf der Tagesordnung steht, zum Beispiel „Ö 3.1“ oder „N 2“." width="short" />
        <TextField {...field('name')} label="Gegenstand" />
        <Checkbox
          name="nonPublic"
          label="Nichtöffentlicher Teil"
          hint="Dann sehen den Punkt nur Ratsmitglieder der Gremien dieser Sitzung und die Verwaltung; die OParl-Schnittstelle zeigt ihn nicht."
          checked={values ? values.nonPublic === 'ja' : item ? !item.public : false}
        />
        <TextField
          {...field('paperReference')}
          label="Drucksachennummer der Vorlage (freiwillig)"
          hint="Zum Beispiel V/2026/0012. Der Punkt wird dann als Beratung der Vorlage verknüpft."
          width="medium"
        />
        <TextField {...field('result')} label="Ergebnis (freiwillig)" hint="Zum Beispiel „einstimmig beschlossen“." />
        <TextArea {...field('resolutionText')} label="Beschlusstext (freiwillig)" rows={8} />
      </EntryForm>
      {item && <DeleteLink kind="sitzungen/tagesordnung" id={item.id} what="Tagesordnungspunkt" imported={imported} />}
    </>
  );
}
