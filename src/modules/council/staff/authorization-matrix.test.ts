/**
 * Who may open which page of the council's staff sections and send which form, for every kind of
 * actor. A council member (the portal role "Ratsmitglied") is a citizen here: the role opens the
 * non-public items on /rat, never the staff sections. Forbidden answers look like missing ones (404).
 */
import { after, before, describe } from 'node:test';
import { eq } from 'drizzle-orm';
import { runAuthorizationMatrix, type MatrixClient, type MatrixRow } from '../../../../tests/support/authorization-matrix';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { STAFF_ENTRY_PATHS } from '../paths';
import { MANAGE_PERMISSION } from '../policies';
import { councilAgendaItems, councilMemberAccounts, councilMeetings, councilMemberships, councilOrganizations, councilPapers, councilPersons } from '../tables';
import { staffFixture } from './test-support';

type ActorName = 'anonymous' | 'citizen' | 'councilMember' | 'staffWithout' | 'councilStaff' | 'admin';
type Fixture = Awaited<ReturnType<typeof staffFixture>> & { membershipId: string };
type Row = MatrixRow<ActorName, Fixture>;

/** Staff pages ask visitors to log in with 401 (kernel requireSection); everyone else without the permission gets 404. */
const OK = { anonymous: 401, councilStaff: 200, admin: 200, otherwise: 404 };
const REDIRECT = { anonymous: 401, councilStaff: 303, admin: 303, otherwise: 404 };
const INVALID = { anonymous: 401, councilStaff: 400, admin: 400, otherwise: 404 };
const READ_ONLY = { anonymous: 401, councilStaff: 409, admin: 409, otherwise: 404 };
const MISSING = { anonymous: 401, otherwise: 404 };
const NOBODY = '00000000-0000-4000-8000-000000000000';

const GREMIUM = { name: 'Seniorenbeirat', shortName: 'SB', organizationType: 'Gremium' };
const PERSON = { formOfAddress: 'Frau', givenName: 'Clara', familyName: 'Conrad' };
const meeting = (fx: Fixture) => ({ organizationIds: fx.rat.id, name: 'Ratssitzung', day: '01.07.2027', startTime: '17:00', meetingState: 'terminiert' });
const paper = (fx: Fixture) => ({ reference: `V/2027/${fx.membershipId.slice(0, 4)}`, name: 'Haushalt', paperType: 'Beschlussvorlage', date: '01.06.2027' });

const MATRIX: Row[] = [
  { what: 'Gremien', method: 'GET', url: () => STAFF_ENTRY_PATHS.gremien, expect: OK },
  { what: 'new Gremium form', method: 'GET', url: () => STAFF_ENTRY_PATHS.newGremium, expect: OK },
  { what: 'create Gremium', method: 'POST', url: () => STAFF_ENTRY_PATHS.newGremium, form: () => GREMIUM, expect: REDIRECT },
  { what: 'create Gremium without name', method: 'POST', url: () => STAFF_ENTRY_PATHS.newGremium, form: () => ({ ...GREMIUM, name: '' }), expect: INVALID },
  { what: 'Gremium form', method: 'GET', url: (fx) => STAFF_ENTRY_PATHS.gremium(fx.committee.id), expect: OK },
  { what: 'edit Gremium', method: 'POST', url: (fx) => STAFF_ENTRY_PATHS.gremium(fx.committee.id), form: () => GREMIUM, expect: REDIRECT },
  { what: 'imported Gremium', method: 'GET', url: (fx) => STAFF_ENTRY_PATHS.gremium(fx.importedGremiumId), expect: OK },
  { what: 'edit imported Gremium', method: 'POST', url: (fx) => STAFF_ENTRY_PATHS.gremium(fx.importedGremiumId), form: () => GREMIUM, expect: READ_ONLY },
  { what: 'delete Gremium page', method: 'GET', url: (fx) => STAFF_ENTRY_PATHS.deleteObject('gremien', fx.committee.id), expect: OK },
  { what: 'delete Gremium', method: 'POST', url: (fx) => STAFF_ENTRY_PATHS.deleteObject('gremien', fx.committee.id), form: () => ({}), expect: REDIRECT },
  {
    what: 'delete imported Gremium',
    method: 'POST',
    url: (fx) => STAFF_ENTRY_PATHS.deleteObject('gremien', fx.importedGremiumId),
    form: () => ({}),
    expect: READ_ONLY,
  },
  { what: 'persons', method: 'GET', url: () => STAFF_ENTRY_PATHS.persons, expect: OK },
  { what: 'create person', method: 'POST', url: () => STAFF_ENTRY_PATHS.newPerson, form: () => PERSON, expect: REDIRECT },
  { what: 'person form', method: 'GET', url: (fx) => STAFF_ENTRY_PATHS.person(fx.persons.anna), expect: OK },
  { what: 'edit person', method: 'POST', url: (fx) => STAFF_ENTRY_PATHS.person(fx.persons.beate), form: () => PERSON, expect: REDIRECT },
  { what: 'membership form', method: 'GET', url: (fx) => STAFF_ENTRY_PATHS.membership(fx.persons.beate, fx.membershipId), expect: OK },
  {
    what: 'add membership',
    method: 'POST',
    url: (fx) => STAFF_ENTRY_PATHS.newMembership(fx.persons.beate),
    form: (fx) => ({ organizationId: fx.committee.id, role: 'Mitglied' }),
    expect: REDIRECT,
  },
  { what: "another person's membership", method: 'GET', url: (fx) => STAFF_ENTRY_PATHS.membership(fx.persons.anna, fx.membershipId), expect: MISSING },
  {
    what: 'delete membership',
    method: 'POST',
    url: (fx) => STAFF_ENTRY_PATHS.deleteObject('personen/mitgliedschaften', fx.membershipId),
    form: () => ({}),
    expect: REDIRECT,
  },
  { what: 'meetings', method: 'GET', url: () => `${STAFF_ENTRY_PATHS.meetings}?zeit=vergangen`, expect: OK },
  { what: 'create meeting', method: 'POST', url: () => STAFF_ENTRY_PATHS.newMeeting, form: meeting, expect: REDIRECT },
  { what: 'meeting form', method: 'GET', url: (fx) => STAFF_ENTRY_PATHS.meeting(fx.meeting.id), expect: OK },
  { what: 'edit meeting', method: 'POST', url: (fx) => STAFF_ENTRY_PATHS.meeting(fx.meeting.id), form: meeting, expect: REDIRECT },
  {
    what: 'new agenda item',
    method: 'POST',
    url: (fx) => STAFF_ENTRY_PATHS.newAgendaItem(fx.meeting.id),
    form: () => ({ name: 'Anfragen' }),
    expect: REDIRECT,
  },
  { what: 'agenda item form', method: 'GET', url: (fx) => STAFF_ENTRY_PATHS.agendaItem(fx.meeting.id, fx.meeting.nonPublicItemId), expect: OK },
  {
    what: 'move agenda item',
    method: 'POST',
    url: (fx) => STAFF_ENTRY_PATHS.moveAgendaItem(fx.meeting.id, fx.meeting.publicItemId),
    form: () => ({ direction: 'runter' }),
    expect: REDIRECT,
  },
  { what: 'delete meeting', method: 'POST', url: (fx) => STAFF_ENTRY_PATHS.deleteObject('sitzungen', fx.meeting.id), form: () => ({}), expect: REDIRECT },
  { what: 'meeting documents', method: 'GET', url: (fx) => STAFF_ENTRY_PATHS.meetingFiles(fx.meeting.id), expect: OK },
  { what: 'paper documents', method: 'GET', url: (fx) => STAFF_ENTRY_PATHS.paperFiles(fx.papers.nonPublicId), expect: OK },
  { what: 'papers', method: 'GET', url: () => `${STAFF_ENTRY_PATHS.papers}?q=Radweg`, expect: OK },
  { what: 'create paper', method: 'POST', url: () => STAFF_ENTRY_PATHS.newPaper, form: paper, expect: REDIRECT },
  { what: 'non-public paper form', method: 'GET', url: (fx) => STAFF_ENTRY_PATHS.paper(fx.papers.nonPublicId), expect: OK },
  { what: 'new consultation form', method: 'GET', url: (fx) => STAFF_ENTRY_PATHS.newConsultation(fx.papers.publicId), expect: OK },
  {
    what: 'add consultation',
    method: 'POST',
    url: (fx) => STAFF_ENTRY_PATHS.newConsultation(fx.papers.publicId),
    form: (fx) => ({ organizationId: fx.rat.id, role: 'Entscheidung' }),
    expect: REDIRECT,
  },
  { what: 'delete paper', method: 'POST', url: (fx) => STAFF_ENTRY_PATHS.deleteObject('vorlagen', fx.papers.nonPublicId), form: () => ({}), expect: REDIRECT },
  { what: 'council members', method: 'GET', url: () => STAFF_ENTRY_PATHS.members, expect: OK },
  {
    what: 'link unknown account',
    method: 'POST',
    url: () => STAFF_ENTRY_PATHS.members,
    form: (fx) => ({ email: 'niemand@example.org', personId: fx.persons.beate }),
    expect: INVALID,
  },
  { what: 'unlink unknown account', method: 'POST', url: () => STAFF_ENTRY_PATHS.unlinkMember(NOBODY), form: () => ({}), expect: MISSING },
  { what: 'a missing meeting', method: 'GET', url: () => STAFF_ENTRY_PATHS.meeting(NOBODY), expect: MISSING },
  { what: 'a malformed id', method: 'GET', url: () => STAFF_ENTRY_PATHS.paper('nicht-da'), expect: MISSING },
  { what: 'delete a malformed id', method: 'POST', url: () => STAFF_ENTRY_PATHS.deleteObject('personen', 'x'), form: () => ({}), expect: MISSING },
];

const ACTORS: ActorName[] = ['anonymous', 'citizen', 'councilMember', 'staffWithout', 'councilStaff', 'admin'];

describe('authorization matrix of the council staff sections', () => {
  let t: TestApp;
  let memberId: string;
  const clients = new Map<ActorName, MatrixClient>();

  before(async () => {
    t = await createTestApp();
    const anonymous = t.client();
    clients.set('anonymous', { get: (url) => anonymous.get(url), post: (url, form) => anonymous.post(url, form) });
    clients.set('citizen', await citizen(t));
    const member = await citizen(t);
    memberId = member.id;
    clients.set('councilMember', member);
    clients.set('staffWithout', await staffMember(t, [], { permissions: [] }));
    clients.set('councilStaff', await staffMember(t, [], { permissions: [MANAGE_PERMISSION] }));
    clients.set('admin', await staffMember(t, [], { role: 'admin', permissions: [] }));
  });
  after(() => t.close());

  async function fixture(): Promise<Fixture> {
    const fx = await staffFixture(t);
    await t.db.delete(councilMemberAccounts);
    await t.db.insert(councilMemberAccounts).values({ userId: memberId, personId: fx.persons.anna });
    const [membership] = await t.db.select().from(councilMemberships).where(eq(councilMemberships.personId, fx.persons.beate));
    return { ...fx, membershipId: membership!.id };
  }

  async function snapshot() {
    const tables = [councilOrganizations, councilPersons, councilMemberships, councilMeetings, councilAgendaItems, councilPapers, councilMemberAccounts];
    return JSON.stringify(await Promise.all(tables.map((table) => t.db.select().from(table))));
  }

  runAuthorizationMatrix({ rows: MATRIX, actors: ACTORS, clients, fixture, snapshot, refused: (status) => status !== 303 });
});
