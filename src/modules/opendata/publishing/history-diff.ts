import { formatDate } from '../../../kernel/views';
import { FREQUENCIES } from '../vocabularies/frequencies';
import { licenseById } from '../vocabularies/licenses';
import { THEMES } from '../vocabularies/themes';

/** A revision's snapshot as stored (JSON): the dataset's metadata and its distributions. */
export type Snapshot = Record<string, unknown> & { resources?: Array<Record<string, unknown>> };

export interface Change {
  what: string;
  before: string;
  after: string;
}

const STATE_LABELS: Record<string, string> = { draft: 'Entwurf', active: 'veröffentlicht', deleted: 'gelöscht' };
const NONE = '(leer)';

const list = (value: unknown) => (Array.isArray(value) && value.length ? value.map(String) : []);
const plain = (value: unknown) => (value === null || value === undefined || value === '' ? NONE : String(value));
const label = (labels: ReadonlyMap<string, string>) => (value: unknown) => (value ? (labels.get(String(value)) ?? String(value)) : NONE);
const themeLabels = new Map(THEMES.map((theme) => [theme.code as string, theme.label]));

/** The metadata fields of the history, in the form's order, each with how its value reads. */
const FIELDS: Array<[key: string, what: string, show: (value: unknown) => string]> = [
  ['title', 'Titel', plain],
  ['name', 'Kurzname', plain],
  ['notes', 'Beschreibung', plain],
  ['state', 'Status', (value) => STATE_LABELS[String(value)] ?? plain(value)],
  ['private', 'Sichtbarkeit', (value) => (value ? 'nur für Mitglieder der Organisation' : 'öffentlich')],
  ['licenseId', 'Lizenz', (value) => (value ? (licenseById(String(value))?.title ?? String(value)) : NONE)],
  ['tags', 'Schlagwörter', (value) => list(value).join(', ') || NONE],
  [
    'themes',
    'Kategorien',
    (value) =>
      list(value)
        .map((code) => themeLabels.get(code) ?? code)
        .join(', ') || NONE,
  ],
  ['frequency', 'Aktualisierung', label(new Map(FREQUENCIES.map((frequency) => [frequency.code as string, frequency.label])))],
  ['temporalStart', 'Zeitraum ab', (value) => (value ? formatDate(new Date(String(value))) : NONE)],
  ['temporalEnd', 'Zeitraum bis', (value) => (value ? formatDate(new Date(String(value))) : NONE)],
  ['contactName', 'Kontaktstelle', plain],
  ['contactEmail', 'E-Mail-Adresse der Kontaktstelle', plain],
  ['contactUrl', 'Internetseite der Kontaktstelle', plain],
  ['legalBasis', 'Rechtsgrundlage', plain],
  ['landingPage', 'Landingpage', plain],
  ['version', 'Version', plain],
  ['spatialKey', 'Regionalschlüssel', plain],
];

const RESOURCE_FIELDS: Array<[key: string, what: string]> = [
  ['name', 'Name'],
  ['description', 'Beschreibung'],
  ['format', 'Format'],
  ['url', 'Adresse'],
  ['fileName', 'Datei'],
  ['checksum', 'Inhalt (Prüfsumme)'],
  ['licenseId', 'Lizenz'],
];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function resourceChanges(before: Snapshot['resources'] = [], after: Snapshot['resources'] = []): Change[] {
  const changes: Change[] = [];
  const earlier = new Map(before.map((resource) => [String(resource.id), resource]));
  const later = new Map(after.map((resource) => [String(resource.id), resource]));
  for (const resource of after) {
    const old = earlier.get(String(resource.id));
    if (!old) {
      changes.push({ what: 'Datei oder Link hinzugefügt', before: NONE, after: `${plain(resource.name)} (${plain(resource.format)})` });
      continue;
    }
    for (const [key, what] of RESOURCE_FIELDS) {
      if (!same(old[key], resource[key])) changes.push({ what: `„${plain(resource.name)}“: ${what}`, before: plain(old[key]), after: plain(resource[key]) });
    }
  }
  for (const resource of before) {
    if (!later.has(String(resource.id))) {
      changes.push({ what: 'Datei oder Link entfernt', before: `${plain(resource.name)} (${plain(resource.format)})`, after: NONE });
    }
  }
  const order = (resources: Snapshot['resources'] = []) => resources.map((resource) => String(resource.id)).filter((id) => earlier.has(id) && later.has(id));
  if (!same(order(before), order(after))) {
    changes.push({
      what: 'Reihenfolge der Dateien und Links',
      before: before.map((r) => plain(r.name)).join(', '),
      after: after.map((r) => plain(r.name)).join(', '),
    });
  }
  return changes;
}

/**
 * What changed between two snapshots, field by field, in plain German; for the first revision everything
 * set counts as new. `organizations`: titles by id, for a move to another organisation.
 */
export function diffSnapshots(before: Snapshot | null, after: Snapshot, organizations: ReadonlyMap<string, string> = new Map()): Change[] {
  const changes: Change[] = [];
  if (before && !same(before.organizationId, after.organizationId)) {
    changes.push({ what: 'Organisation', before: label(organizations)(before.organizationId), after: label(organizations)(after.organizationId) });
  }
  for (const [key, what, show] of FIELDS) {
    if (before ? !same(before[key], after[key]) : show(after[key]) !== NONE) {
      changes.push({ what, before: before ? show(before[key]) : NONE, after: show(after[key]) });
    }
  }
  return [...changes, ...resourceChanges(before?.resources, after.resources)];
}
