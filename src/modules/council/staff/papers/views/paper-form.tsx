import type { FieldErrors } from '../../../../../kernel/http';
import { ButtonLink, Checkbox, CheckboxGroup, ErrorSummary, SelectField, Table, TextField, formatDateTime } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import { fieldBinder } from '../../entry/bind';
import { asOptions } from '../../entry/choices';
import { DeleteLink, EntryForm } from '../../entry/entry-form';
import { dayText } from '../../entry/fields';
import { placeValues } from '../../entry/place';
import { PlaceFields } from '../../entry/place-fields';
import type { ConsultationRow } from '../repository';
import { PAPER_TYPES } from '../schemas';
import type { PaperPage } from '../use-cases/open-paper';

interface PaperFormProps extends PaperPage {
  values?: Record<string, string> | undefined;
  /** The ticked choices of a form sent back with errors. */
  checked?: { organizations: string[]; persons: string[] } | undefined;
  errors?: FieldErrors | undefined;
}

function Consultations({ paperId, rows, imported }: { paperId: string; rows: ConsultationRow[]; imported: boolean }) {
  return (
    <>
      <h2>Beratungen</h2>
      <Table<ConsultationRow>
        caption="Beratungsfolge"
        columns={[
          { header: 'Gremium', cell: (row) => row.gremien },
          {
            header: 'Sitzung',
            cell: (row) => (row.meeting ? `${row.meeting}${row.meetingStart ? `, ${formatDateTime(row.meetingStart)}` : ''}` : 'noch offen'),
          },
          { header: 'Rolle', cell: (row) => row.role ?? '' },
          { header: 'Entscheidet', cell: (row) => (row.authoritative ? 'ja' : 'nein') },
          {
            header: 'Aktion',
            cell: (row) =>
              imported ? (
                ''
              ) : (
                <a href={STAFF_ENTRY_PATHS.deleteObject('vorlagen/beratungen', row.id)}>
                  Löschen<span class="visually-hidden"> (Beratung in {row.gremien})</span>
                </a>
              ),
          },
        ]}
        rows={rows}
        empty="Die Vorlage hat noch keine Beratung."
      />
      {!imported && (
        <ButtonLink href={STAFF_ENTRY_PATHS.newConsultation(paperId)} variant="secondary">
          Beratung hinzufügen
        </ButtonLink>
      )}
    </>
  );
}

/** Add or edit a paper; a saved one shows its consultations (and documents) below. */
export function PaperFormPage({ paper, links, place, consultations, organizations, persons, values, checked, errors }: PaperFormProps) {
  const stored = paper ? { ...placeValues(place), ...paper, ...links, date: dayText(paper.date), relatedReferences: links?.relatedReferences.join(', ') } : {};
  const field = fieldBinder(stored, values, errors);
  const imported = Boolean(paper?.sourceId);
  return (
    <>
      <h1>{paper ? `${paper.reference ?? ''} ${paper.name ?? ''}`.trim() : 'Vorlage hinzufügen'}</h1>
      <ErrorSummary errors={errors} />
      <EntryForm action={paper ? STAFF_ENTRY_PATHS.paper(paper.id) : STAFF_ENTRY_PATHS.newPaper} imported={imported}>
        <TextField {...field('reference')} label="Drucksachennummer" hint="Zum Beispiel V/2026/0123." width="medium" />
        <TextField {...field('name')} label="Titel" />
        <SelectField {...field('paperType')} label="Art" placeholder="Bitte wählen" options={PAPER_TYPES.map((type) => ({ value: type, label: type }))} />
        <TextField {...field('date')} label="Datum" hint="TT.MM.JJJJ" width="medium" />
        <SelectField {...field('underDirectionOfId')} label="Federführend (freiwillig)" placeholder="keine Angabe" options={asOptions(organizations)} />
        <CheckboxGroup
          name="originatorOrganizationIds"
          legend="Eingereicht von (Gremien, Fraktionen; freiwillig)"
          options={asOptions(organizations)}
          values={checked?.organizations ?? links?.originatorOrganizationIds ?? []}
          error={errors?.originatorOrganizationIds}
        />
        <CheckboxGroup
          name="originatorPersonIds"
          legend="Eingereicht von (Personen; freiwillig)"
          options={asOptions(persons)}
          values={checked?.persons ?? links?.originatorPersonIds ?? []}
          error={errors?.originatorPersonIds}
        />
        <Checkbox
          name="nonPublic"
          label="Nichtöffentlich"
          hint="Dann sehen die Vorlage nur Ratsmitglieder der beratenden und federführenden Gremien und die Verwaltung; die OParl-Schnittstelle zeigt sie nicht."
          checked={values ? values.nonPublic === 'ja' : paper ? !paper.public : false}
        />
        <TextField {...field('relatedReferences')} label="Verwandte Vorlagen (freiwillig)" hint="Drucksachennummern, durch Komma getrennt." />
        <PlaceFields field={field} heading="Ort, um den es geht" withRoom={false} />
      </EntryForm>
      {paper && <Consultations paperId={paper.id} rows={consultations} imported={imported} />}
      {paper && (
        <>
          <h2>Dokumente</h2>
          <p>
            <a href={STAFF_ENTRY_PATHS.paperFiles(paper.id)}>Hauptdokument und Anlagen</a>
          </p>
        </>
      )}
      {paper && <DeleteLink kind="vorlagen" id={paper.id} what="Vorlage" imported={imported} />}
    </>
  );
}
