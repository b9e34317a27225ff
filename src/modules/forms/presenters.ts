import type { TagKind } from '../../kernel/views';
import type { FieldType } from './definition';
import type { FormVersionStatus } from './tables';

export const STATUS_LABELS: Record<FormVersionStatus, string> = { draft: 'Entwurf', published: 'Veröffentlicht', superseded: 'Abgelöst' };
export const STATUS_KINDS: Record<FormVersionStatus, TagKind> = { draft: 'warning', published: 'success', superseded: 'neutral' };
export const SOURCE_LABELS = { manual: 'Von Hand', fim: 'FIM-Import' } as const;

export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  text: 'Text',
  textarea: 'Längerer Text',
  number: 'Zahl',
  date: 'Datum',
  email: 'E-Mail-Adresse',
  phone: 'Telefonnummer',
  iban: 'IBAN',
  address: 'Anschrift',
  select: 'Auswahlliste',
  radio: 'Eine Antwort (Optionsfelder)',
  checkbox: 'Ankreuzfeld',
  checkboxes: 'Mehrere Antworten (Ankreuzfelder)',
  file: 'Datei-Upload',
  declaration: 'Erklärung',
};

/** Input names on the editor page are unique per section, so ids never repeat and errors land at their input. */
export const pageInput = (pageId: string, name: string): string => `page-${pageId}-${name}`;
export const itemInput = (itemId: string, name: string): string => `item-${itemId}-${name}`;
