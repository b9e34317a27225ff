import { formatDateTime } from '../../../kernel/views';
import type { Dataset, DatasetState, MemberCapacity } from '../tables';
import type { HarvestOrigin } from './repository/harvest-origin';

export type FormValues = Record<string, string | string[]>;

export const STATE_LABELS: Record<DatasetState, string> = { draft: 'Entwurf', active: 'Veröffentlicht', deleted: 'Gelöscht' };
export const STATE_TAGS = { draft: 'warning', active: 'success', deleted: 'danger' } as const;
export const CAPACITY_LABELS: Record<MemberCapacity, string> = { member: 'Mitglied (liest)', editor: 'Redaktion (veröffentlicht)', admin: 'Administration' };
export const CAPACITY_HINTS: Record<MemberCapacity, string> = {
  member: 'Sieht die Entwürfe und nicht öffentlichen Datensätze der Organisation.',
  editor: 'Legt Datensätze an, bearbeitet und veröffentlicht sie.',
  admin: 'Wie die Redaktion, und verwaltet außerdem die Mitglieder.',
};

/** Why a harvested dataset cannot be changed here, and where it can: on its page and on the 403 of every change. */
export function harvestedNote(origin: HarvestOrigin | undefined): string {
  const source = origin ? `„${origin.sourceTitle}“` : 'einem anderen Portal';
  const when = origin?.lastHarvestedAt ? ` Zuletzt übernommen am ${formatDateTime(origin.lastHarvestedAt)}.` : '';
  return `Dieser Datensatz wird aus ${source} übernommen; ändern Sie ihn dort.${when}`;
}

/** A dataset as the edit form shows it (the same names the form sends). */
export function datasetFormValues(dataset: Dataset): FormValues {
  return {
    name: dataset.name,
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
