import { formatFileSize } from '../../../kernel/files';
import { formatDateTime } from '../../../kernel/views';
import type { DatastoreStatus } from '../datastore';
import type { DatastoreField } from '../tables/datastore';

/** The DataStore's field types in plain German (CKAN's names stay in the API). */
export const FIELD_TYPE_LABELS: Record<DatastoreField['type'], string> = {
  text: 'Text',
  int: 'Ganzzahl',
  numeric: 'Kommazahl',
  bool: 'Ja/Nein',
  date: 'Datum',
  timestamp: 'Zeitpunkt (Datum und Uhrzeit)',
};

export const DATASTORE_STATE_LABELS: Record<DatastoreStatus['status'], string> = {
  pending: 'wartet',
  loading: 'lädt',
  active: 'aktiv',
  failed: 'fehlgeschlagen',
};

/** Formats the DataStore loads into tables; other files are only offered for download. */
export const LOADABLE_FORMATS = ['CSV', 'XLSX'];

const rows = (count: number) => (count === 1 ? '1 Zeile' : `${count.toLocaleString('de-DE')} Zeilen`);

/** One sentence on the table's state, the same on the page, in the dataset's list and in the JSON the page polls. */
export function datastoreStatusText(status: DatastoreStatus): string {
  switch (status.status) {
    case 'pending':
      return 'Wartet: Die Datei wird gleich in den DataStore geladen.';
    case 'loading': {
      // An XLSX file's progress is a share of the whole load, not bytes read (datastore/xlsx/progress.ts): it is named by its step.
      const { value, max } = datastoreProgress(status);
      const percent = `${Math.floor((value / max) * 100)} %`;
      if (status.phase === 'reading') return `Lädt (${percent}): Tabelle wird gelesen …`;
      if (status.phase === 'rows') return `Lädt (${percent}): Zeilen werden geladen … ${rows(status.rowCount)} geladen.`;
      const read = status.totalBytes ? `${formatFileSize(status.loadedBytes)} von ${formatFileSize(status.totalBytes)}` : formatFileSize(status.loadedBytes);
      return `Lädt: ${rows(status.rowCount)} geladen, ${read} gelesen.`;
    }
    case 'active':
      return `Aktiv: ${rows(status.rowCount)}, geladen am ${formatDateTime(status.updatedAt)}.`;
    case 'failed': {
      // The fields are set only by a completed load: with them, the previous table is still served.
      const previous = status.fields.length > 0 ? ` Abrufbar bleibt die bisherige Tabelle mit ${rows(status.rowCount)}.` : '';
      return `Fehlgeschlagen: ${status.error ?? 'ohne Angabe des Grundes.'}${previous}`;
    }
  }
}

/** Share of the load done, for the `<progress>` element: 0 while waiting or when the size is unknown. */
export function datastoreProgress(status: DatastoreStatus): { value: number; max: number } {
  const max = status.totalBytes && status.totalBytes > 0 ? status.totalBytes : 1;
  return { value: status.status === 'loading' ? Math.min(status.loadedBytes, max) : 0, max };
}

/** What public/datastore-status.js reads while a load runs. */
export function datastoreStatusJson(status: DatastoreStatus | undefined) {
  if (!status) return { state: null, label: null, text: 'Die Datei ist nicht im DataStore.', finished: true };
  return {
    state: status.status,
    label: DATASTORE_STATE_LABELS[status.status],
    text: datastoreStatusText(status),
    rowCount: status.rowCount,
    loadedBytes: status.loadedBytes,
    totalBytes: status.totalBytes,
    progress: datastoreProgress(status),
    finished: status.status === 'active' || status.status === 'failed',
  };
}
