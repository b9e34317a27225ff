/**
 * The dcat-ap.de licence vocabulary (http://dcat-ap.de/def/licenses), which DCAT-AP.de asks for in
 * `dct:license` of every distribution. Our id is the part of the URI after `/licenses/`
 * (`dl-by-de/2.0`), as GovData's CKAN spells it; the table is in license-table.ts.
 */
import { EXPLANATIONS, LICENSE_ROWS } from './license-table';

const LICENSE_BASE = 'http://dcat-ap.de/def/licenses/';

export const DEFAULT_LICENSE_ID = 'dl-by-de/2.0';

export interface License {
  id: string;
  uri: string;
  title: string;
  /** Where the licence text is; the "other-…" entries have none. */
  textUrl: string | null;
  /** Open in the sense of the Open Definition (dcat-ap.de "Lizenztyp offen"). */
  open: boolean;
  /** Whoever uses the data must name the source: DCAT-AP.de then wants `dcatde:licenseAttributionByText`. */
  attribution: boolean;
  /** What the licence allows, in plain German, for the common ones. */
  explanation: string | null;
}

export const LICENSES: readonly License[] = LICENSE_ROWS.map(([id, , , open, attribution, title, textUrl]) => ({
  id,
  uri: LICENSE_BASE + id,
  title,
  textUrl,
  open,
  attribution,
  explanation: EXPLANATIONS[id] ?? null,
}));

const BY_ID = new Map(LICENSES.map((license) => [license.id, license]));

export function licenseById(id: string): License | undefined {
  return BY_ID.get(id);
}

// Older dcat-ap.de ids (ckanext-dcatde's dcat_licenses.json, "ältere DCAT-AP.de Version") and SPDX or
// licence-text spellings that real portals send.
const OTHER_SPELLINGS: Array<[string, string]> = [
  ...['cc-by/4_0', 'cc-by-de/3_0', 'cc-by-nd/3_0', 'cc-by-nd/4_0', 'cc-by-sa/4_0', 'dl-by-de/1_0', 'dl-by-de/2_0', 'dl-by-nc-de/1_0', 'dl-zero-de/2_0'].map(
    (legacy): [string, string] => [legacy, legacy.replace('_', '.')],
  ),
  ['official-work', 'officialWork'],
  ['cc-by-nc-de/4_0', 'cc-by-nc/4.0'],
  ['cc-nc/3_0', 'cc-by-nc-de/3.0'],
  ['gpl/30', 'gpl/3.0'],
  ['od-bc', 'odby'],
  ['od-bl', 'odbl'],
  ['cc-pdm/1_0', 'ccpdm/1.0'],
  ['dl-de/by-2-0', 'dl-by-de/2.0'],
  ['dl-de/zero-2-0', 'dl-zero-de/2.0'],
  ['cc0-1.0', 'cc-zero'],
  ['cc0', 'cc-zero'],
  ['http://creativecommons.org/publicdomain/zero/1.0/', 'cc-zero'],
  ['odbl-1.0', 'odbl'],
  ['http://opendatacommons.org/licenses/odbl/', 'odbl'],
  ['http://opendatacommons.org/licenses/odbl/1-0/', 'odbl'],
  ['odc-by-1.0', 'odby'],
  ['pddl-1.0', 'odcpddl'],
];

/** Compares spellings without case, scheme, `www.`, surrounding blanks or a trailing slash. */
function spellingKey(spelling: string): string {
  return spelling
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

const SPELLINGS = new Map<string, string>();
for (const [id, , , , , , textUrl] of LICENSE_ROWS) {
  if (textUrl) SPELLINGS.set(spellingKey(textUrl), id);
}
for (const [spelling, id] of OTHER_SPELLINGS) {
  SPELLINGS.set(spellingKey(spelling), id);
  SPELLINGS.set(spellingKey(LICENSE_BASE + spelling), id);
}
// Ids, URIs and codes last: they win over a licence text shared by two entries.
for (const [id, code, ogdCode] of LICENSE_ROWS) {
  for (const spelling of [id, LICENSE_BASE + id, code, LICENSE_BASE + code, ogdCode]) SPELLINGS.set(spellingKey(spelling), id);
}

/** Our licence id for a spelling from a real portal (an id, a dcat-ap.de URI, a CKAN/OGD code, SPDX id or licence URL); undefined when unknown. */
export function normaliseLicense(input: string): string | undefined {
  return SPELLINGS.get(spellingKey(input));
}
