import { DEMO_FIRST_NAMES, DEMO_LAST_NAMES } from '../../../kernel/config/demo-names';
import type { PackGremium } from './pack';
import type { DemoContext } from './rows';

/** The first names of `demo-names.ts` that are women's (for the form of address and the role's word). */
const WOMEN = new Set([
  'Anna',
  'Carla',
  'Charlotte',
  'Elif',
  'Fatma',
  'Greta',
  'Hannah',
  'Ines',
  'Julia',
  'Katharina',
  'Katja',
  'Käthe',
  'Lea',
  'Lena',
  'Leonie',
  'Marie',
  'Marlene',
  'Mira',
  'Miriam',
  'Nele',
  'Olga',
  'Özlem',
  'Petra',
  'Renate',
  'Rita',
  'Sabine',
  'Sophie',
  'Tanja',
  'Ulrike',
  'Vera',
  'Yasemin',
  'Zoë',
]);

/** Who sits where: the ids the meetings and papers refer to. */
export interface Seating {
  gremiumIds: Map<string, string>;
  factionIds: Map<string, string>;
  departmentIds: Map<string, string>;
  locationIds: Map<string, string>;
  /** The persons with a seat in each Gremium (chair first), by slug. */
  members: Map<string, string[]>;
  /** A Fraktion's chair: the originator of its Anträge and Anfragen. */
  factionChairs: Map<string, string>;
  /** The Person the demo login "Ratsmitglied" is linked to. */
  memberPersonId: string;
}

/** Seats by d'Hondt: how many of `seats` each Fraktion gets for its seats in the Rat. */
export function dHondt(seats: number, strengths: readonly number[]): number[] {
  const result = strengths.map(() => 0);
  for (let seat = 0; seat < seats; seat++) {
    let best = 0;
    strengths.forEach((strength, index) => {
      if (strength / (result[index]! + 1) > strengths[best]! / (result[best]! + 1)) best = index;
    });
    result[best]!++;
  }
  return result;
}

function termStart(context: DemoContext): Date {
  return new Date(`${context.pack.term.startDate}T09:00:00Z`);
}

type Gender = 'female' | 'male';

function addPerson(context: DemoContext, given: string, family: string, gender: Gender, status: string[]): string {
  const id = context.random.uuid();
  const created = termStart(context);
  const title = context.random.chance(0.07) ? ['Dr.'] : [];
  context.rows.persons.push({
    id,
    bodyId: context.bodyId,
    name: [...title, given, family].join(' '),
    givenName: given,
    familyName: family,
    formOfAddress: gender === 'female' ? 'Frau' : 'Herr',
    gender,
    title,
    status,
    created,
    modified: created,
  });
  return id;
}

/** Invented persons: first and last names step apart, so no two share both; offset by the pack's seed. */
function nextName(context: DemoContext, counter: { n: number }): [string, string, Gender] {
  const n = counter.n++ + context.pack.seed;
  const given = DEMO_FIRST_NAMES[(n * 7) % DEMO_FIRST_NAMES.length]!;
  const family = DEMO_LAST_NAMES[(n * 5) % DEMO_LAST_NAMES.length]!;
  return [given, family, WOMEN.has(given) ? 'female' : 'male'];
}

function addMembership(
  context: DemoContext,
  personId: string,
  organizationId: string,
  role: string,
  extra: { votingRight?: boolean; onBehalfOfId?: string } = {},
) {
  const created = termStart(context);
  context.rows.memberships.push({
    id: context.random.uuid(),
    bodyId: context.bodyId,
    personId,
    organizationId,
    role,
    votingRight: extra.votingRight ?? null,
    onBehalfOfId: extra.onBehalfOfId ?? null,
    startDate: context.pack.term.startDate,
    created,
    modified: created,
  });
}

function addOrganization(
  context: DemoContext,
  fields: { slug: string; name: string; shortName: string; organizationType: string; classification: string; post: string[] },
): string {
  const id = context.random.uuid();
  const created = termStart(context);
  context.rows.organizations.push({ id, bodyId: context.bodyId, startDate: context.pack.term.startDate, created, modified: created, ...fields });
  return id;
}

const GREMIUM_POSTS = ['Vorsitz', 'stellv. Vorsitz', 'Mitglied', 'Sachkundige Bürgerin', 'Sachkundiger Bürger'];

/**
 * The Gremien, Fraktionen and departments, the Rat with every seat of every Fraktion (and the mayor in
 * the chair), and each Ausschuss seated by d'Hondt from the Fraktionen's council members (spread so
 * everybody sits somewhere) plus its sachkundige Bürgerinnen und Bürger.
 */
export function seatCouncil(context: DemoContext, locationIds: Map<string, string>): Seating {
  const { pack } = context;
  const seating: Seating = {
    gremiumIds: new Map(),
    factionIds: new Map(),
    departmentIds: new Map(),
    locationIds,
    members: new Map(),
    factionChairs: new Map(),
    memberPersonId: '',
  };
  for (const gremium of pack.gremien) {
    const id = addOrganization(context, {
      slug: gremium.slug,
      name: gremium.name,
      shortName: gremium.shortName,
      organizationType: 'Gremium',
      classification: gremium.classification,
      post: GREMIUM_POSTS,
    });
    seating.gremiumIds.set(gremium.slug, id);
  }
  for (const faction of pack.factions) {
    const id = addOrganization(context, {
      ...faction,
      organizationType: 'Fraktion',
      classification: 'Fraktion',
      post: ['Fraktionsvorsitz', 'stellv. Fraktionsvorsitz', 'Mitglied'],
    });
    seating.factionIds.set(faction.slug, id);
  }
  for (const department of pack.departments) {
    const id = addOrganization(context, { ...department, organizationType: 'Verwaltungsbereich', classification: 'Fachbereich', post: [] });
    seating.departmentIds.set(department.slug, id);
  }

  const counter = { n: 0 };
  // The mayor's name fits the pack's title ("Bürgermeister" or "Bürgermeisterin").
  const mayorGender: Gender = pack.mayor.formOfAddress === 'Frau' ? 'female' : 'male';
  let mayorName = nextName(context, counter);
  while (mayorName[2] !== mayorGender) mayorName = nextName(context, counter);
  const mayor = addPerson(context, mayorName[0], mayorName[1], mayorGender, [pack.mayor.title]);
  const rat = pack.gremien.find((gremium) => gremium.classification === 'Rat')!;
  const ratId = seating.gremiumIds.get(rat.slug)!;
  addMembership(context, mayor, ratId, 'Vorsitz', { votingRight: true });
  const ratMembers = [mayor];

  // Each Fraktion's council members; the demo login's person takes the second seat of its Fraktion.
  const councillors = new Map<string, string[]>();
  pack.factions.forEach((faction, factionIndex) => {
    const factionId = seating.factionIds.get(faction.slug)!;
    const people: string[] = [];
    for (let seat = 0; seat < faction.seats; seat++) {
      const login = faction.slug === pack.memberLogin.faction && seat === 1;
      const [given, family, gender] = login
        ? [pack.memberLogin.givenName, pack.memberLogin.familyName, pack.memberLogin.formOfAddress === 'Frau' ? ('female' as const) : ('male' as const)]
        : nextName(context, counter);
      const person = addPerson(context, given, family, gender, ['Ratsmitglied']);
      if (login) seating.memberPersonId = person;
      // The chairs of the two strongest Fraktionen are the mayor's deputies.
      addMembership(context, person, ratId, seat === 0 && factionIndex < 2 ? 'stellv. Vorsitz' : 'Mitglied', { votingRight: true, onBehalfOfId: factionId });
      addMembership(context, person, factionId, seat === 0 ? 'Fraktionsvorsitz' : seat === 1 ? 'stellv. Fraktionsvorsitz' : 'Mitglied');
      people.push(person);
    }
    seating.factionChairs.set(faction.slug, people[0]!);
    councillors.set(faction.slug, people);
    ratMembers.push(...people);
  });
  seating.members.set(rat.slug, ratMembers);

  const rotation = new Map(pack.factions.map((faction) => [faction.slug, 0]));
  pack.gremien.forEach((gremium, gremiumIndex) => {
    if (gremium.classification === 'Rat') return;
    seating.members.set(gremium.slug, seatGremium(context, seating, gremium, gremiumIndex, { mayor, councillors, rotation, counter }));
  });
  return seating;
}

function seatGremium(
  context: DemoContext,
  seating: Seating,
  gremium: PackGremium,
  gremiumIndex: number,
  state: { mayor: string; councillors: Map<string, string[]>; rotation: Map<string, number>; counter: { n: number } },
): string[] {
  const { pack } = context;
  const gremiumId = seating.gremiumIds.get(gremium.slug)!;
  const strengths = pack.factions.map((faction) => faction.seats);
  const seats = dHondt(gremium.seats, strengths);
  const picked: { person: string; faction: string }[] = [];
  pack.factions.forEach((faction, index) => {
    const people = state.councillors.get(faction.slug)!;
    const mine: string[] = [];
    for (let seat = 0; seat < seats[index]!; seat++) {
      const at = state.rotation.get(faction.slug)!;
      mine.push(people[at % people.length]!);
      state.rotation.set(faction.slug, at + 1);
    }
    if (faction.slug === pack.memberLogin.faction && pack.memberLogin.gremien.includes(gremium.slug) && mine.length && !mine.includes(seating.memberPersonId)) {
      mine[mine.length - 1] = seating.memberPersonId;
    }
    picked.push(...[...new Set(mine)].map((person) => ({ person, faction: faction.slug })));
  });
  const members: string[] = [];
  // The Hauptausschuss is chaired by the mayor; the Ausschüsse by the Fraktionen in turn.
  if (gremium.classification === 'Hauptausschuss') {
    addMembership(context, state.mayor, gremiumId, 'Vorsitz', { votingRight: true });
    members.push(state.mayor);
  }
  const chairFaction = pack.factions[gremiumIndex % Math.min(3, pack.factions.length)]!.slug;
  const deputyFaction = pack.factions[(gremiumIndex + 1) % Math.min(3, pack.factions.length)]!.slug;
  let chairTaken = gremium.classification === 'Hauptausschuss';
  let deputyTaken = false;
  const ordered = [...picked].sort((a, b) => Number(b.faction === chairFaction) - Number(a.faction === chairFaction));
  for (const { person, faction } of ordered) {
    let role = 'Mitglied';
    if (!chairTaken && faction === chairFaction) {
      role = 'Vorsitz';
      chairTaken = true;
    } else if (!deputyTaken && faction === deputyFaction) {
      role = 'stellv. Vorsitz';
      deputyTaken = true;
    }
    addMembership(context, person, gremiumId, role, { votingRight: true, onBehalfOfId: seating.factionIds.get(faction)! });
    members.push(person);
  }
  const citizenSeats = dHondt(gremium.citizenMembers, strengths);
  pack.factions.forEach((faction, index) => {
    for (let seat = 0; seat < citizenSeats[index]!; seat++) {
      const [given, family, gender] = nextName(context, state.counter);
      const word = gender === 'female' ? 'Sachkundige Bürgerin' : 'Sachkundiger Bürger';
      const person = addPerson(context, given, family, gender, [word]);
      const factionId = seating.factionIds.get(faction.slug)!;
      addMembership(context, person, gremiumId, word, { votingRight: true, onBehalfOfId: factionId });
      addMembership(context, person, factionId, 'Mitglied');
      members.push(person);
    }
  });
  return members;
}
