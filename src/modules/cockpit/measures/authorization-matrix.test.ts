/**
 * Who may open which page of the measures and send which form, for every kind of actor. The section is
 * there only for staff with a cockpit permission (404 for the rest, 401 for visitors); inside it, staff
 * of another Fachbereich read but may not change (403), and creating, publishing and deleting is the
 * coordinator's. Public measure pages: published ones for everyone, unpublished ones for nobody.
 */
import { count, like } from 'drizzle-orm';
import { after, before, describe } from 'node:test';
import { auditLog } from '../../../kernel/audit';
import { runAuthorizationMatrix, type Expected, type MatrixClient, type MatrixRow } from '../../../../tests/support/authorization-matrix';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { PATHS, STAFF_PATHS } from '../paths';
import { COORDINATE_PERMISSION, EDIT_PERMISSION } from '../policies';
import { cockpitMeasureChanges, cockpitMeasures } from '../tables';
import { insertCockpitFixture, type CockpitFixture } from '../test-support';
import { linkableService } from './test-support';

type ActorName = 'anonymous' | 'citizen' | 'staffNoPermission' | 'editorOwn' | 'editorOther' | 'coordinator' | 'admin';
const ACTORS: ActorName[] = ['anonymous', 'citizen', 'staffNoPermission', 'editorOwn', 'editorOther', 'coordinator', 'admin'];

type Fixture = CockpitFixture & { serviceId: string };

const SECTION: Expected<ActorName> = { editorOwn: 200, editorOther: 200, coordinator: 200, admin: 200, anonymous: 401, otherwise: 404 };
/** Pages and forms of one measure (owned by editorOwn's Fachbereich). */
const EDIT_PAGE: Expected<ActorName> = { editorOwn: 200, editorOther: 403, coordinator: 200, admin: 200, anonymous: 401, otherwise: 404 };
const EDIT_ACTION: Expected<ActorName> = { ...EDIT_PAGE, editorOwn: 303, coordinator: 303, admin: 303 };
const COORDINATOR_PAGE: Expected<ActorName> = { ...EDIT_PAGE, editorOwn: 403 };
const COORDINATOR_ACTION: Expected<ActorName> = { ...COORDINATOR_PAGE, coordinator: 303, admin: 303 };

const MEASURE_FORM = {
  titel: 'Neue Maßnahme',
  ziel: 'Ein Ziel.',
  fachbereich: 'digitales',
  status: 'in_progress',
  fortschritt: '10',
  beginn: '01.03.2025',
  ende: '30.06.2027',
};

const MATRIX: MatrixRow<ActorName, Fixture>[] = [
  { what: 'list', method: 'GET', url: () => STAFF_PATHS.measures, expect: SECTION },
  { what: 'measure page', method: 'GET', url: (fx) => STAFF_PATHS.measure(fx.wifi.id), expect: SECTION },
  { what: 'unpublished measure page', method: 'GET', url: (fx) => STAFF_PATHS.measure(fx.draft.id), expect: SECTION },
  { what: 'history', method: 'GET', url: (fx) => STAFF_PATHS.history(fx.wifi.id), expect: SECTION },
  { what: 'new form', method: 'GET', url: () => STAFF_PATHS.newMeasure, expect: COORDINATOR_PAGE },
  { what: 'create', method: 'POST', url: () => STAFF_PATHS.newMeasure, form: () => ({ ...MEASURE_FORM, adresse: 'matrix-neu' }), expect: COORDINATOR_ACTION },
  { what: 'edit form', method: 'GET', url: (fx) => STAFF_PATHS.editMeasure(fx.wifi.id), expect: EDIT_PAGE },
  {
    what: 'edit',
    method: 'POST',
    url: (fx) => STAFF_PATHS.editMeasure(fx.wifi.id),
    form: (fx) => ({ ...MEASURE_FORM, titel: 'Freies WLAN überall', adresse: fx.wifi.slug, version: '1' }),
    expect: EDIT_ACTION,
  },
  {
    what: 'publish',
    method: 'POST',
    url: (fx) => STAFF_PATHS.publishMeasure(fx.draft.id),
    form: () => ({ veroeffentlicht: 'ja' }),
    expect: COORDINATOR_ACTION,
  },
  { what: 'delete page', method: 'GET', url: (fx) => STAFF_PATHS.deleteMeasure(fx.wifi.id), expect: COORDINATOR_PAGE },
  { what: 'delete', method: 'POST', url: (fx) => STAFF_PATHS.deleteMeasure(fx.wifi.id), form: () => ({}), expect: COORDINATOR_ACTION },
  { what: 'milestone form', method: 'GET', url: (fx) => STAFF_PATHS.milestones(fx.wifi.id), expect: EDIT_PAGE },
  {
    what: 'milestone add',
    method: 'POST',
    url: (fx) => STAFF_PATHS.milestones(fx.wifi.id),
    form: () => ({ titel: 'Schillerplatz versorgt', termin: '01.10.2026' }),
    expect: EDIT_ACTION,
  },
  { what: 'milestone edit form', method: 'GET', url: (fx) => STAFF_PATHS.milestone(fx.wifi.id, fx.wifi.milestoneIds[1]), expect: EDIT_PAGE },
  {
    what: 'milestone edit',
    method: 'POST',
    url: (fx) => STAFF_PATHS.milestone(fx.wifi.id, fx.wifi.milestoneIds[1]),
    form: () => ({ titel: 'Alle Plätze versorgt', termin: '31.05.2027' }),
    expect: EDIT_ACTION,
  },
  {
    what: 'milestone done',
    method: 'POST',
    url: (fx) => STAFF_PATHS.milestoneDone(fx.wifi.id, fx.wifi.milestoneIds[1]),
    form: () => ({}),
    expect: EDIT_ACTION,
  },
  {
    what: 'milestone delete',
    method: 'POST',
    url: (fx) => STAFF_PATHS.deleteMilestone(fx.wifi.id, fx.wifi.milestoneIds[0]),
    form: () => ({}),
    expect: EDIT_ACTION,
  },
  { what: 'risk form', method: 'GET', url: (fx) => STAFF_PATHS.risks(fx.wifi.id), expect: EDIT_PAGE },
  {
    what: 'risk add',
    method: 'POST',
    url: (fx) => STAFF_PATHS.risks(fx.wifi.id),
    form: () => ({ titel: 'Genehmigung des Denkmalschutzes', wahrscheinlichkeit: 'low', auswirkung: 'medium' }),
    expect: EDIT_ACTION,
  },
  {
    what: 'risk edit',
    method: 'POST',
    url: (fx) => STAFF_PATHS.risk(fx.wifi.id, fx.wifi.riskId),
    form: () => ({ titel: 'Lieferverzug', wahrscheinlichkeit: 'high', auswirkung: 'high' }),
    expect: EDIT_ACTION,
  },
  { what: 'risk delete', method: 'POST', url: (fx) => STAFF_PATHS.deleteRisk(fx.wifi.id, fx.wifi.riskId), form: () => ({}), expect: EDIT_ACTION },
  { what: 'link search', method: 'GET', url: (fx) => `${STAFF_PATHS.links(fx.wifi.id)}?art=services:leistung&suche-services-leistung=Hund`, expect: EDIT_PAGE },
  {
    what: 'link add',
    method: 'POST',
    url: (fx) => STAFF_PATHS.links(fx.wifi.id),
    form: (fx) => ({ art: 'services:leistung', ziel: fx.serviceId }),
    expect: EDIT_ACTION,
  },
  {
    what: 'link remove',
    method: 'POST',
    url: (fx) => STAFF_PATHS.removeLink(fx.wifi.id),
    form: () => ({ art: 'wlan:hotspot', ziel: 'fixture-hotspot' }),
    expect: EDIT_ACTION,
  },
  { what: 'public page', method: 'GET', url: (fx) => PATHS.measure(fx.wifi.slug), expect: { otherwise: 200 } },
  { what: 'public page of an unpublished measure', method: 'GET', url: (fx) => PATHS.measure(fx.draft.slug), expect: { otherwise: 404 } },
];

describe('authorization matrix of the measures', () => {
  let t: TestApp;
  const clients = new Map<ActorName, MatrixClient>();
  let serviceId: string;

  before(async () => {
    t = await createTestApp();
    const { departmentId, otherDepartmentId } = await insertCockpitFixture(t.db);
    serviceId = (await linkableService(t)).id;
    clients.set('anonymous', t.client());
    clients.set('citizen', await citizen(t));
    clients.set('staffNoPermission', await staffMember(t, [departmentId], { permissions: [] }));
    clients.set('editorOwn', await staffMember(t, [departmentId], { permissions: [EDIT_PERMISSION] }));
    clients.set('editorOther', await staffMember(t, [otherDepartmentId], { permissions: [EDIT_PERMISSION] }));
    clients.set('coordinator', await staffMember(t, [], { permissions: [COORDINATE_PERMISSION] }));
    clients.set('admin', await staffMember(t, [], { role: 'admin' }));
  });
  after(() => t.close());

  /** The three measures anew for every test (an allowed delete or edit must not change the next one). */
  async function fixture(): Promise<Fixture> {
    await t.db.delete(cockpitMeasures);
    const measures = await insertCockpitFixture(t.db);
    await t.settled();
    return { ...measures, serviceId };
  }

  /** What the measures' actions change: the measures, their versions and history, the cockpit's audit entries. */
  async function snapshot() {
    const measures = await t.db
      .select({ id: cockpitMeasures.id, version: cockpitMeasures.version, published: cockpitMeasures.published })
      .from(cockpitMeasures);
    const [changes] = await t.db.select({ value: count() }).from(cockpitMeasureChanges);
    const [audited] = await t.db.select({ value: count() }).from(auditLog).where(like(auditLog.action, 'cockpit.%'));
    return { measures: measures.sort((a, b) => a.id.localeCompare(b.id)), changes: changes?.value, audited: audited?.value };
  }

  runAuthorizationMatrix({ rows: MATRIX, actors: ACTORS, clients, fixture, snapshot });
});
