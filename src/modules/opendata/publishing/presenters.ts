import { formatDateTime } from '../../../kernel/views';
import type { Dataset, DatasetState, MemberCapacity } from '../tables';
import type { Maintainer } from './maintainer';

export type FormValues = Record<string, string | string[]>;

export const STATE_LABELS: Record<DatasetState, string> = { draft: 'Entwurf', active: 'Veröffentlicht', deleted: 'Gelöscht' };
export const STATE_TAGS = { draft: 'warning', active: 'success', deleted: 'danger' } as const;
export const CAPACITY_LABELS: Record<MemberCapacity, string> = { member: 'Mitglied (liest)', editor: 'Redaktion (veröffentlicht)', admin: 'Administration' };
export const CAPACITY_HINTS: Record<MemberCapacity, string> = {
  member: 'Sieht die Entwürfe und nicht öffentlichen Datensätze der Organisation.',
  editor: 'Legt Datensätze an, bearbeitet und veröffentlicht sie.',
  admin: 'Wie die Redaktion, und verwaltet außerdem die Mitglieder.',
};

/** Why a dataset maintained elsewhere cannot be changed here, and where it changes: on its page, on the 403 of every change and in CKAN's. */
export function readOnlyNote(maintainer: Maintainer): string {
  if (maintainer.by === 'module') {
    return `Dieser Datensatz wird vom Portal selbst aus ${maintainer.madeFrom} erstellt und bei jeder Änderung aktualisiert; er kann hier nicht bearbeitet werden.`;
  }
  const { source } = maintainer;
  const from = source ? `„${source.sourceTitle}“` : 'einem anderen Portal';
  const when = source?.lastHarvestedAt ? ` Zuletzt übernommen am ${formatDateTime(source.lastHarvestedAt)}.` : '';
  return `Dieser Datensatz wird aus ${from} übernommen; ändern Sie ihn dort.${when}`;
}

/** A dataset as the edit form shows it (the same names the form sends). */
export function datasetFormValues(dataset: Dataset): FormValues {
  return {
    name: dataset.name,
    organizationId: dataset.organizationId,
    title: dataset.title,
    notes: dataset.notes,
    private: dataset.private ? 'ja' : 'nein',
    licenseId: dataset.licenseId,
    tags: dataset.tags.join(', '),
    themes: dataset.themes,
    contactName: dataset.contactName,
    contactEmail: dataset.contactEmail,
    contactUrl: dataset.contactUrl ?? '',
    temporalStart: dataset.temporalStart ?? '',
    temporalEnd: dataset.temporalEnd ?? '',
    frequency: dataset.frequency ?? '',
    legalBasis: dataset.legalBasis ?? '',
    landingPage: dataset.landingPage ?? '',
    version: dataset.version ?? '',
    spatialKey: dataset.spatialKey ?? '',
    issued: dataset.issued?.toISOString().slice(0, 10) ?? '',
    modified: dataset.modified?.toISOString().slice(0, 10) ?? '',
    revision: String(dataset.revision),
  };
}

/** What a form sent, to show it again: strings as typed, repeated fields (checkboxes) as lists. */
export function submittedValues(body: unknown): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') values[key] = value.slice(0, 10_000);
    else if (Array.isArray(value)) values[key] = value.filter((item): item is string => typeof item === 'string').slice(0, 50);
  }
  return values;
}

export function text(values: FormValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function list(values: FormValues, name: string): string[] {
  const value = values[name];
  return typeof value === 'string' ? [value] : (value ?? []);
}
