import { z } from 'zod';
import { CKAN_NAME } from '../paths';
import { HARVEST_KINDS, HARVEST_LOG_LEVELS, HARVEST_RUN_STATES } from '../tables/harvest';
import { MEMBER_CAPACITIES, ORGANIZATION_KINDS } from '../tables/catalogue';

/*
 * `opendata.json` of a demo pack: the Transparenzportal's organisations, their members, datasets with
 * their files (below `opendata/` beside the JSON file), and harvest sources with one recorded run each,
 * so the catalogue is full on first start without fetching anything from outside.
 *
 * A pack is checked against the standards' codes themselves, listed here: the EU data themes, the EU
 * frequency codes a demo needs (a subset of the EU authority table) and the licence codes
 * ("Lizenzcode") of the dcat-ap.de licence list that GovData accepts.
 */
export const DEMO_THEMES = ['AGRI', 'ECON', 'EDUC', 'ENER', 'ENVI', 'GOVE', 'HEAL', 'INTR', 'JUST', 'REGI', 'SOCI', 'TECH', 'TRAN'] as const;
export const DEMO_FREQUENCIES = ['ANNUAL', 'MONTHLY', 'DAILY', 'WEEKLY', 'QUARTERLY', 'IRREG', 'CONT', 'UNKNOWN'] as const;
export const DEMO_LICENSE_IDS = [
  'apache',
  'bsdlicense',
  'cc-by',
  'cc-by/4.0',
  'cc-by-de/3.0',
  'cc-by-nc',
  'cc-by-nc/3.0',
  'cc-by-nc/4.0',
  'cc-by-nd',
  'cc-by-nd/3.0',
  'cc-by-nd/4.0',
  'cc-by-sa',
  'cc-by-sa/4.0',
  'ccpdm/1.0',
  'cc-zero',
  'dl-by-de/1.0',
  'dl-by-de/2.0',
  'dl-by-nc-de/1.0',
  'dl-zero-de/2.0',
  'geoNutz/20130319',
  'geoNutz/20131001',
  'gfdl',
  'gpl/3.0',
  'mozilla',
  'odbl',
  'odby',
  'odcpddl',
  'officialWork',
  'other-closed',
  'other-commercial',
  'other-freeware',
  'other-open',
  'other-opensource',
] as const;
/** The file formats a demo distribution may have (CKAN `format`, upper case). */
export const DEMO_RESOURCE_FORMATS = ['CSV', 'GEOJSON', 'JSON', 'PDF', 'XLSX', 'XML', 'HTML', 'ZIP'] as const;
/** Demo datasets are published, or shown to the organisation's members only: a draft, or private. */
export const DEMO_DATASET_STATES = ['active', 'draft'] as const;

const text = z.string().trim().min(1);
/** Organisations, datasets and harvest sources are named as in CKAN: part of URLs and of `fq=` filters. */
const ckanName = z.string().regex(CKAN_NAME, 'muss ein CKAN-Name sein: 2 bis 100 Zeichen aus a–z, 0–9, - und _');
const isoDate = z.iso.date();

const organizationSchema = z.object({
  name: ckanName,
  title: text,
  kind: z.enum(ORGANIZATION_KINDS),
  description: text,
  homepage: z.url().optional(),
  /** A functional mailbox (opendata@…), never a person's address. */
  email: z.email(),
});

const memberSchema = z.object({
  /** A demo account of the pack's `admin.json`. */
  email: z.email(),
  organization: ckanName,
  capacity: z.enum(MEMBER_CAPACITIES),
});

const resourceSchema = z
  .object({
    name: text,
    description: text.optional(),
    format: z.enum(DEMO_RESOURCE_FORMATS),
    /** Relative to `opendata/` beside the pack's JSON file; uploaded into the file store by the seed. */
    file: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_./-]*$/, 'muss ein relativer Pfad aus Kleinbuchstaben, Ziffern, -, _ und / sein')
      .refine((path) => !path.split('/').includes('..'), 'muss innerhalb des Demo-Pakets bleiben')
      .optional(),
    /** An external link (a page of the town's website); shown, never fetched. */
    url: z.url().optional(),
    /** Load the file into the DataStore (tabular files only). */
    datastore: z.boolean().default(false),
  })
  .superRefine((resource, ctx) => {
    if (Boolean(resource.file) === Boolean(resource.url)) ctx.addIssue({ code: 'custom', path: ['file'], message: 'needs either a file or a url' });
    if (resource.datastore && (!resource.file || resource.format !== 'CSV')) {
      ctx.addIssue({ code: 'custom', path: ['datastore'], message: 'only a CSV file can be loaded into the DataStore' });
    }
  });

const datasetSchema = z.object({
  name: ckanName,
  organization: ckanName,
  title: text,
  /** Markdown: what, source, method, caveats. */
  notes: text,
  tags: z.array(text).min(1),
  themes: z.array(z.enum(DEMO_THEMES)).min(1),
  licenseId: z.enum(DEMO_LICENSE_IDS).default('dl-by-de/2.0'),
  contact: z.object({ name: text, email: z.email() }),
  temporal: z.object({ start: isoDate.optional(), end: isoDate.optional() }).default({}),
  frequency: z.enum(DEMO_FREQUENCIES),
  issued: isoDate,
  modified: isoDate,
  legalBasis: text.optional(),
  state: z.enum(DEMO_DATASET_STATES).default('active'),
  private: z.boolean().default(false),
  /** The harvest source (its `name`) that brought the dataset, and the dataset's id there. */
  harvestedFrom: ckanName.optional(),
  originRef: text.optional(),
  resources: z.array(resourceSchema).min(1),
});

const harvestSourceSchema = z.object({
  name: ckanName,
  title: text,
  /** A CKAN API or DCAT catalogue; demo sources use `.example` hosts and are never fetched. */
  url: z.url(),
  kind: z.enum(HARVEST_KINDS),
  organization: ckanName,
  intervalHours: z.number().int().min(1).nullable(),
  recordedRun: z.object({
    startedAt: z.iso.datetime({ offset: true }),
    finishedAt: z.iso.datetime({ offset: true }),
    status: z.enum(HARVEST_RUN_STATES).exclude(['running']),
    created: z.number().int().min(0),
    updated: z.number().int().min(0),
    deleted: z.number().int().min(0),
    failed: z.number().int().min(0),
    log: z.array(z.object({ level: z.enum(HARVEST_LOG_LEVELS), datasetRef: text.optional(), message: text })).min(1),
  }),
});

const packShape = z.object({
  organizations: z.array(organizationSchema).min(1),
  members: z.array(memberSchema).default([]),
  datasets: z.array(datasetSchema),
  harvestSources: z.array(harvestSourceSchema).default([]),
});

type Issue = (path: (string | number)[], message: string) => void;

/** Reports a name that appears twice in a list (CKAN names are unique per kind). */
function checkUnique(issue: Issue, list: string, items: { name: string }[]): void {
  const seen = new Set<string>();
  items.forEach(({ name }, index) => {
    if (seen.has(name)) issue([list, index, 'name'], `${name} appears twice`);
    seen.add(name);
  });
}

/** Cross-references inside the file: organisations and harvest sources named exist, harvested datasets match their source. */
function checkReferences(pack: z.infer<typeof packShape>, issue: Issue): void {
  checkUnique(issue, 'organizations', pack.organizations);
  checkUnique(issue, 'datasets', pack.datasets);
  checkUnique(issue, 'harvestSources', pack.harvestSources);
  const organizations = new Set(pack.organizations.map((organization) => organization.name));
  const unknown = `names no organisation of this file (${[...organizations].join(', ')})`;
  pack.members.forEach((member, index) => {
    if (!organizations.has(member.organization)) issue(['members', index, 'organization'], unknown);
  });
  pack.harvestSources.forEach((source, index) => {
    if (!organizations.has(source.organization)) issue(['harvestSources', index, 'organization'], unknown);
    const brought = pack.datasets.filter((dataset) => dataset.harvestedFrom === source.name).length;
    const { created, updated, startedAt, finishedAt } = source.recordedRun;
    const run = ['harvestSources', index, 'recordedRun'];
    if (created + updated !== brought) issue(run, `created + updated must be ${brought}, the datasets it brought`);
    if (Date.parse(finishedAt) < Date.parse(startedAt)) issue([...run, 'finishedAt'], 'darf nicht vor startedAt liegen');
  });
  const sources = new Map(pack.harvestSources.map((source) => [source.name, source]));
  pack.datasets.forEach((dataset, index) => {
    const at = (field: string) => ['datasets', index, field];
    if (!organizations.has(dataset.organization)) issue(at('organization'), unknown);
    const { start, end } = dataset.temporal;
    if (start && end && start > end) issue(at('temporal'), 'der Anfang darf nicht nach dem Ende liegen');
    if (dataset.issued > dataset.modified) issue(at('modified'), 'darf nicht vor issued liegen');
    if (Boolean(dataset.harvestedFrom) !== Boolean(dataset.originRef)) issue(at('originRef'), 'harvestedFrom and originRef go together');
    const source = dataset.harvestedFrom ? sources.get(dataset.harvestedFrom) : undefined;
    if (dataset.harvestedFrom && !source) issue(at('harvestedFrom'), 'names no harvest source of this file');
    if (source && source.organization !== dataset.organization) issue(at('organization'), `muss ${source.organization} sein, wie bei seiner Harvesting-Quelle`);
  });
}

export const opendataPackSchema = packShape.superRefine((pack, ctx) =>
  checkReferences(pack, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
);
export type OpendataPack = z.infer<typeof opendataPackSchema>;
