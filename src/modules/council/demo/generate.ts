import { SeededRandom } from '../../../kernel/random';
import { berlinDay } from '../../../kernel/time';
import { writeMeetings } from './agenda';
import type { CouncilPack, PackPlace } from './pack';
import { seatCouncil } from './people';
import { emptyRows, type CouncilDemoRows, type DemoContext, type DemoDocument } from './rows';

export interface GeneratedCouncil {
  rows: CouncilDemoRows;
  documents: DemoDocument[];
  /** The Person the demo login "Ratsmitglied" is linked to. */
  memberPersonId: string;
}

function locationRow(context: DemoContext, place: PackPlace, created: Date): CouncilDemoRows['locations'][number] {
  const { description, streetAddress, room, postalCode, subLocality, locality } = place;
  return {
    id: context.random.uuid(),
    bodyId: context.bodyId,
    ...{ description, streetAddress, room, postalCode, subLocality, locality },
    geojson: { type: 'Feature', geometry: { type: 'Point', coordinates: place.position }, properties: { name: description } },
    created,
    modified: created,
  };
}

/**
 * The town's council as rows, ready for bulk inserts: Body, term, rooms and places, Gremien with their
 * members, and a year of meetings around `now` with agendas, papers, consultations and PDFs.
 * Deterministic: the same pack and day give the same rows (ids included, so URLs survive a reset).
 */
export function generateCouncil(pack: CouncilPack, now: Date): GeneratedCouncil {
  const random = new SeededRandom(pack.seed);
  const context: DemoContext = { pack, random, now, today: berlinDay(now), bodyId: random.uuid(), rows: emptyRows(), documents: [] };
  const since = new Date(`${pack.term.startDate}T09:00:00Z`);
  const locationIds = new Map<string, string>();
  for (const place of [...pack.rooms, ...pack.places]) {
    const row = locationRow(context, place, since);
    context.rows.locations.push(row);
    locationIds.set(place.key, row.id!);
  }
  const seating = seatCouncil(context, locationIds);
  const rat = pack.gremien.find((gremium) => gremium.classification === 'Rat')!;
  context.rows.bodies.push({
    id: context.bodyId,
    name: pack.body.name,
    shortName: pack.body.shortName,
    website: pack.body.website,
    ags: pack.body.ags,
    contactName: pack.body.contactName,
    contactEmail: pack.body.contactEmail,
    classification: pack.body.classification,
    locationId: locationIds.get(pack.body.location)!,
    mainOrganizationId: seating.gremiumIds.get(rat.slug)!,
    created: since,
    modified: since,
  });
  context.rows.terms.push({
    id: random.uuid(),
    bodyId: context.bodyId,
    name: pack.term.name,
    startDate: pack.term.startDate,
    endDate: pack.term.endDate,
    created: since,
    modified: since,
  });
  writeMeetings(context, seating);
  return { rows: context.rows, documents: context.documents, memberPersonId: seating.memberPersonId };
}
