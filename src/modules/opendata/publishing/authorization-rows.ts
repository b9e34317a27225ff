/**
 * The publishing section's access rules as a table (authorization-matrix.test.ts runs it): per page or
 * action, the answer each actor gets. The table is the specification.
 */
import { USAGE_PATHS } from '../usage/paths';
import { PUBLISHING_PATHS } from './paths';
import { DATASET_FORM } from './test-support';

export type ActorName = 'anonymous' | 'citizen' | 'staffNoPermission' | 'cityMember' | 'cityEditor' | 'cityAdmin' | 'worksEditor' | 'portalAdmin';

export interface Fixture {
  cityId: string;
  harvestedId: string;
  harvestedResourceId: string;
  moduleDatasetId: string;
  moduleResourceId: string;
  datasetId: string;
  datasetName: string;
  resourceId: string;
  memberId: string;
  tokenId: string;
  newcomerEmail: string;
}

export interface Row {
  what: string;
  method: 'GET' | 'POST' | 'UPLOAD';
  url: (fx: Fixture) => string;
  form?: (fx: Fixture) => Record<string, string | string[]>;
  expect: Partial<Record<ActorName, number>> & { otherwise: number };
}

const PUBLISHERS = { cityMember: 200, cityEditor: 200, cityAdmin: 200, worksEditor: 200, portalAdmin: 200 };
const EDITORS = { cityEditor: 200, cityAdmin: 200, portalAdmin: 200, otherwise: 404 };
const EDITORS_DO = { cityEditor: 303, cityAdmin: 303, portalAdmin: 303, otherwise: 404 };
const ADMINS_DO = { cityAdmin: 303, portalAdmin: 303, otherwise: 404 };
/** A dataset maintained elsewhere (harvested, a module's): its editors may see it, and are told (403) where it changes. */
const EDITORS_REFUSED = { cityEditor: 403, cityAdmin: 403, portalAdmin: 403, otherwise: 404 };

/**
 * A dataset maintained elsewhere (`kind`: a harvested one, a module's): its page is read-only for its
 * editors, and every change answers them 403 with where it changes; everyone else 404, as for any dataset.
 */
function readOnlyRows(kind: 'harvested' | 'module', id: (fx: Fixture) => string, resourceId: (fx: Fixture) => string): Row[] {
  return [
    { what: `${kind} dataset page (read-only)`, method: 'GET', url: (fx) => PUBLISHING_PATHS.dataset(id(fx)), expect: EDITORS },
    {
      what: `edit ${kind} dataset`,
      method: 'POST',
      url: (fx) => PUBLISHING_PATHS.dataset(id(fx)),
      form: (fx) => ({ ...DATASET_FORM, name: `${kind}-${fx.datasetName}`, revision: '1' }),
      expect: EDITORS_REFUSED,
    },
    {
      what: `unpublish page of a ${kind} dataset`,
      method: 'GET',
      url: (fx) => PUBLISHING_PATHS.datasetState(id(fx), 'zuruecknehmen'),
      expect: EDITORS_REFUSED,
    },
    {
      what: `delete ${kind} dataset`,
      method: 'POST',
      url: (fx) => PUBLISHING_PATHS.datasetState(id(fx), 'loeschen'),
      form: () => ({}),
      expect: EDITORS_REFUSED,
    },
    { what: `upload form of a ${kind} dataset`, method: 'GET', url: (fx) => PUBLISHING_PATHS.newUpload(id(fx)), expect: EDITORS_REFUSED },
    {
      what: `upload to a ${kind} dataset`,
      method: 'UPLOAD',
      url: (fx) => PUBLISHING_PATHS.newUpload(id(fx)),
      form: () => ({ format: '' }),
      expect: EDITORS_REFUSED,
    },
    {
      what: `add link to a ${kind} dataset`,
      method: 'POST',
      url: (fx) => PUBLISHING_PATHS.newLink(id(fx)),
      form: () => ({ name: 'API', url: 'https://api.iserlohn.example', format: 'JSON' }),
      expect: EDITORS_REFUSED,
    },
    {
      what: `edit resource of a ${kind} dataset`,
      method: 'POST',
      url: (fx) => PUBLISHING_PATHS.resource(id(fx), resourceId(fx)),
      form: () => ({ name: 'Umbenannt', format: 'CSV' }),
      expect: EDITORS_REFUSED,
    },
    {
      what: `remove resource of a ${kind} dataset`,
      method: 'POST',
      url: (fx) => PUBLISHING_PATHS.removeResource(id(fx), resourceId(fx)),
      form: () => ({}),
      expect: EDITORS_REFUSED,
    },
  ];
}

export const MATRIX: Row[] = [
  { what: 'overview', method: 'GET', url: () => PUBLISHING_PATHS.overview, expect: { ...PUBLISHERS, otherwise: 404 } },
  { what: 'datasets', method: 'GET', url: () => PUBLISHING_PATHS.datasets, expect: { ...PUBLISHERS, otherwise: 404 } },
  { what: 'new dataset form', method: 'GET', url: () => PUBLISHING_PATHS.newDataset, expect: { ...PUBLISHERS, otherwise: 404 } },
  {
    what: 'create dataset',
    method: 'POST',
    url: () => PUBLISHING_PATHS.newDataset,
    form: (fx) => ({ ...DATASET_FORM, name: `neu-${fx.datasetName}`, organizationId: fx.cityId }),
    expect: EDITORS_DO,
  },
  { what: 'dataset page', method: 'GET', url: (fx) => PUBLISHING_PATHS.dataset(fx.datasetId), expect: EDITORS },
  {
    what: 'edit dataset',
    method: 'POST',
    url: (fx) => PUBLISHING_PATHS.dataset(fx.datasetId),
    form: (fx) => ({ ...DATASET_FORM, name: fx.datasetName, revision: '1' }),
    expect: EDITORS_DO,
  },
  {
    what: 'history',
    method: 'GET',
    url: (fx) => PUBLISHING_PATHS.history(fx.datasetId),
    expect: { cityMember: 200, cityEditor: 200, cityAdmin: 200, portalAdmin: 200, otherwise: 404 },
  },
  { what: 'publish page', method: 'GET', url: (fx) => PUBLISHING_PATHS.datasetState(fx.datasetId, 'veroeffentlichen'), expect: EDITORS },
  { what: 'publish', method: 'POST', url: (fx) => PUBLISHING_PATHS.datasetState(fx.datasetId, 'veroeffentlichen'), form: () => ({}), expect: EDITORS_DO },
  { what: 'delete', method: 'POST', url: (fx) => PUBLISHING_PATHS.datasetState(fx.datasetId, 'loeschen'), form: () => ({}), expect: EDITORS_DO },
  { what: 'upload form', method: 'GET', url: (fx) => PUBLISHING_PATHS.newUpload(fx.datasetId), expect: EDITORS },
  { what: 'upload', method: 'UPLOAD', url: (fx) => PUBLISHING_PATHS.newUpload(fx.datasetId), form: () => ({ format: '' }), expect: EDITORS_DO },
  { what: 'link form', method: 'GET', url: (fx) => PUBLISHING_PATHS.newLink(fx.datasetId), expect: EDITORS },
  {
    what: 'add link',
    method: 'POST',
    url: (fx) => PUBLISHING_PATHS.newLink(fx.datasetId),
    form: () => ({ name: 'API', url: 'https://api.iserlohn.example', format: 'JSON' }),
    expect: EDITORS_DO,
  },
  { what: 'resource page', method: 'GET', url: (fx) => PUBLISHING_PATHS.resource(fx.datasetId, fx.resourceId), expect: EDITORS },
  {
    what: 'edit resource',
    method: 'POST',
    url: (fx) => PUBLISHING_PATHS.resource(fx.datasetId, fx.resourceId),
    form: () => ({ name: 'Umbenannt', format: 'CSV' }),
    expect: EDITORS_DO,
  },
  {
    what: 'move resource',
    method: 'POST',
    url: (fx) => PUBLISHING_PATHS.moveResource(fx.datasetId, fx.resourceId),
    form: () => ({ direction: 'down' }),
    expect: EDITORS_DO,
  },
  { what: 'DataStore status (JSON)', method: 'GET', url: (fx) => PUBLISHING_PATHS.datastoreStatus(fx.datasetId, fx.resourceId), expect: EDITORS },
  {
    what: 'change column types',
    method: 'POST',
    url: (fx) => PUBLISHING_PATHS.datastoreColumns(fx.datasetId, fx.resourceId),
    form: () => ({ 'id-0': 'Anzahl', 'type-0': 'text' }),
    expect: EDITORS_DO,
  },
  { what: 'remove resource page', method: 'GET', url: (fx) => PUBLISHING_PATHS.removeResource(fx.datasetId, fx.resourceId), expect: EDITORS },
  { what: 'remove resource', method: 'POST', url: (fx) => PUBLISHING_PATHS.removeResource(fx.datasetId, fx.resourceId), form: () => ({}), expect: EDITORS_DO },
  ...readOnlyRows(
    'harvested',
    (fx) => fx.harvestedId,
    (fx) => fx.harvestedResourceId,
  ),
  ...readOnlyRows(
    'module',
    (fx) => fx.moduleDatasetId,
    (fx) => fx.moduleResourceId,
  ),
  { what: 'organisations', method: 'GET', url: () => PUBLISHING_PATHS.organizations, expect: { ...PUBLISHERS, otherwise: 404 } },
  {
    what: 'organisation page',
    method: 'GET',
    url: (fx) => PUBLISHING_PATHS.organization(fx.cityId),
    expect: { cityAdmin: 200, portalAdmin: 200, otherwise: 404 },
  },
  {
    what: 'add member',
    method: 'POST',
    url: (fx) => PUBLISHING_PATHS.organization(fx.cityId),
    form: (fx) => ({ form: 'member', email: fx.newcomerEmail, capacity: 'member' }),
    expect: ADMINS_DO,
  },
  {
    what: 'change member',
    method: 'POST',
    url: (fx) => PUBLISHING_PATHS.member(fx.cityId, fx.memberId),
    form: () => ({ capacity: 'editor' }),
    expect: ADMINS_DO,
  },
  {
    what: 'remove member page',
    method: 'GET',
    url: (fx) => PUBLISHING_PATHS.removeMember(fx.cityId, fx.memberId),
    expect: { cityAdmin: 200, portalAdmin: 200, otherwise: 404 },
  },
  { what: 'remove member', method: 'POST', url: (fx) => PUBLISHING_PATHS.removeMember(fx.cityId, fx.memberId), form: () => ({}), expect: ADMINS_DO },
  {
    what: 'upload limit',
    method: 'POST',
    url: (fx) => PUBLISHING_PATHS.organization(fx.cityId),
    form: () => ({ form: 'limit', uploadLimit: '1' }),
    expect: { portalAdmin: 303, otherwise: 404 },
  },
  { what: 'new organisation form', method: 'GET', url: () => PUBLISHING_PATHS.newOrganization, expect: { portalAdmin: 200, otherwise: 404 } },
  {
    what: 'create organisation',
    method: 'POST',
    url: () => PUBLISHING_PATHS.newOrganization,
    form: (fx) => ({ name: `org-${fx.datasetName}`, title: 'Bäderbetriebe', kind: 'company', email: 'daten@baeder.example', uploadLimit: '2' }),
    expect: { portalAdmin: 303, otherwise: 404 },
  },
  { what: 'usage', method: 'GET', url: () => USAGE_PATHS.overview, expect: { ...PUBLISHERS, otherwise: 404 } },
  {
    what: 'usage of the city',
    method: 'GET',
    url: (fx) => `${USAGE_PATHS.overview}?organisation=${fx.cityId}`,
    expect: { cityMember: 200, cityEditor: 200, cityAdmin: 200, portalAdmin: 200, otherwise: 404 },
  },
  {
    what: 'usage of a dataset',
    method: 'GET',
    url: (fx) => USAGE_PATHS.dataset(fx.datasetId),
    expect: { cityMember: 200, cityEditor: 200, cityAdmin: 200, portalAdmin: 200, otherwise: 404 },
  },
  { what: 'API keys', method: 'GET', url: () => PUBLISHING_PATHS.tokens, expect: { ...PUBLISHERS, otherwise: 404 } },
  {
    what: 'new API key',
    method: 'POST',
    url: () => PUBLISHING_PATHS.newToken,
    form: () => ({ name: 'ckanapi', scope: 'read' }),
    expect: { ...PUBLISHERS, otherwise: 404 },
  },
  {
    what: 'revoke page of the city editor’s key',
    method: 'GET',
    url: (fx) => PUBLISHING_PATHS.revokeToken(fx.tokenId),
    expect: { cityEditor: 200, otherwise: 404 },
  },
  {
    what: 'revoke the city editor’s key',
    method: 'POST',
    url: (fx) => PUBLISHING_PATHS.revokeToken(fx.tokenId),
    form: () => ({}),
    expect: { cityEditor: 303, otherwise: 404 },
  },
];

export const ACTORS: ActorName[] = ['anonymous', 'citizen', 'staffNoPermission', 'cityMember', 'cityEditor', 'cityAdmin', 'worksEditor', 'portalAdmin'];
