import { formatFileSize } from '../../../../kernel/files';
import { formatDateTime, Table } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { FileKind } from '../../tables';
import type { FileRow } from '../repository';

const KIND_LABELS: Record<FileKind, string> = {
  answer: 'Anlage zu Ihrem Antrag',
  message: 'Anlage einer Nachricht',
  receipt: 'Eingangsbestätigung',
  bescheid: 'Bescheid',
};

/** A download link that names the file, its format and size. */
export function FileLink({ applicationId, file }: { applicationId: string; file: FileRow }) {
  return (
    <a href={PATHS.file(applicationId, file.id)} download>
      {file.filename}{' '}
      <span class="hint">
        ({fileFormat(file.contentType)}, {formatFileSize(file.size)})
      </span>
    </a>
  );
}

function fileFormat(contentType: string): string {
  const subtype = contentType.split('/')[1] ?? contentType;
  return subtype === 'jpeg' ? 'JPG' : subtype.toUpperCase();
}

export function Documents({ applicationId, files }: { applicationId: string; files: FileRow[] }) {
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">Dokumente</h2>
      <p>
        <a href={PATHS.receipt(applicationId)} download>
          Eingangsbestätigung herunterladen (PDF)
        </a>
      </p>
      {files.length > 0 && (
        <Table<FileRow>
          caption="Dateien zu Ihrem Antrag"
          columns={[
            { header: 'Datei', cell: (file) => <FileLink applicationId={applicationId} file={file} /> },
            { header: 'Art', cell: (file) => KIND_LABELS[file.kind] },
            { header: 'Hinzugefügt', cell: (file) => formatDateTime(file.createdAt) },
          ]}
          rows={files}
        />
      )}
    </section>
  );
}
