import type { FieldErrors } from '../../../../../kernel/http';
import { formatFileSize } from '../../../../../kernel/files';
import { Checkbox, ErrorSummary, FileField, RadioGroup, StatusTag, Table, TextField } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import { fieldBinder } from '../../entry/bind';
import { EntryForm } from '../../entry/entry-form';
import type { DocumentRow } from '../repository';
import { DOCUMENT_ROLES } from '../schemas';
import type { DocumentsPage } from '../use-cases/upload-document';

interface DocumentsViewProps extends DocumentsPage {
  maxBytes: number;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

/** The documents of a meeting or paper and the upload form (PDF, public or not). */
export function DocumentsView({ owner, ownerId, ownerName, imported, ownerPublic, documents, maxBytes, values, errors }: DocumentsViewProps) {
  const roles: Record<string, string> = DOCUMENT_ROLES[owner];
  const field = fieldBinder({ role: 'auxiliary' }, values, errors);
  const action = owner === 'meeting' ? STAFF_ENTRY_PATHS.meetingFiles(ownerId) : STAFF_ENTRY_PATHS.paperFiles(ownerId);
  return (
    <>
      <h1>Dokumente</h1>
      <p class="lead">{ownerName}</p>
      <ErrorSummary errors={errors} />
      <Table<DocumentRow>
        caption={`Dokumente (${documents.length})`}
        columns={[
          { header: 'Art', cell: (row) => roles[row.role] ?? row.role },
          { header: 'Name', cell: (row) => `${row.name ?? ''} (${row.fileName ?? 'PDF'}${row.size ? `, ${formatFileSize(row.size)}` : ''})` },
          { header: 'Sichtbar', cell: (row) => (row.public ? 'öffentlich' : <StatusTag kind="warning">nichtöffentlich</StatusTag>) },
        ]}
        rows={documents}
        empty="Es sind noch keine Dokumente hochgeladen."
      />
      <h2>Dokument hochladen</h2>
      <EntryForm action={action} imported={imported} multipart submitLabel="Hochladen">
        <RadioGroup
          name="role"
          legend="Art des Dokuments"
          hint="Eine neue Einladung, ein neues Protokoll oder Hauptdokument ersetzt das bisherige."
          options={Object.entries(roles).map(([value, label]) => ({ value, label }))}
          value={field('role').value}
          error={errors?.role}
        />
        <FileField name="file" label="Datei" hint={`Als PDF, höchstens ${formatFileSize(maxBytes)}.`} accept="application/pdf,.pdf" error={errors?.file} />
        <TextField {...field('name')} label="Name (freiwillig)" hint="So erscheint das Dokument; ohne Angabe der Dateiname." />
        <Checkbox
          name="nonPublic"
          label="Nichtöffentlich"
          hint="Dann sehen das Dokument nur Ratsmitglieder der betroffenen Gremien und die Verwaltung."
          checked={values ? values.nonPublic === 'ja' : !ownerPublic}
        />
      </EntryForm>
      <p>
        <a href={owner === 'meeting' ? STAFF_ENTRY_PATHS.meeting(ownerId) : STAFF_ENTRY_PATHS.paper(ownerId)}>
          Zurück zu {owner === 'meeting' ? 'der Sitzung' : 'der Vorlage'}
        </a>
      </p>
    </>
  );
}
