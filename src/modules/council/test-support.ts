import type { Executor } from '../../kernel/db/types';
import {
  councilAgendaItems,
  councilBodies,
  councilConsultationOrganizations,
  councilConsultations,
  councilFiles,
  councilLegislativeTerms,
  councilLocations,
  councilMeetingOrganizations,
  councilMeetings,
  councilMemberships,
  councilOrganizations,
  councilPaperOrganizations,
  councilPapers,
  councilPersons,
} from './tables';

/** The ids of a small council as `insertCouncilFixture` writes it, for tests to refer to. */
export interface CouncilFixture {
  bodyId: string;
  rat: { id: string; slug: string };
  committee: { id: string; slug: string };
  faction: { id: string };
  /** A member of the Rat and the committee; Beate Beispiel only of the Rat. */
  persons: { anna: string; beate: string };
  locationId: string;
  /** The committee's meeting (in `meetingStart`) with a public item and one of the nichtöffentlicher Teil. */
  meeting: { id: string; publicItemId: string; nonPublicItemId: string };
  /** A public paper (consulted in the committee, decided in the Rat) and a non-public one of the committee. */
  papers: { publicId: string; nonPublicId: string };
  files: { publicId: string; nonPublicId: string };
}

/**
 * A small council of every OParl type but System, entered as if by hand (no source): enough for each
 * part's tests. `meetingStart` places the committee meeting (default: 2026-03-10 17:00 Berlin).
 */
export async function insertCouncilFixture(db: Executor, meetingStart = new Date('2026-03-10T16:00:00Z')): Promise<CouncilFixture> {
  const [body] = await db
    .insert(councilBodies)
    .values({ name: 'Stadt Iserlohn', shortName: 'Iserlohn', ags: '05962024', website: 'https://www.iserlohn.de' })
    .returning({ id: councilBodies.id });
  const bodyId = body!.id;
  await db.insert(councilLegislativeTerms).values({ bodyId, name: 'Wahlperiode 2025–2030', startDate: '2025-11-01', endDate: '2030-10-31' });
  const [location] = await db
    .insert(councilLocations)
    .values({
      bodyId,
      description: 'Rathaus, Ratssaal',
      streetAddress: 'Schillerplatz 7',
      postalCode: '58636',
      locality: 'Iserlohn',
      room: 'Ratssaal',
      geojson: { type: 'Feature', geometry: { type: 'Point', coordinates: [7.6955, 51.3746] } },
    })
    .returning({ id: councilLocations.id });
  const organizations = await db
    .insert(councilOrganizations)
    .values([
      { bodyId, slug: 'rat', name: 'Rat der Stadt Iserlohn', shortName: 'Rat', organizationType: 'Gremium', classification: 'Rat' },
      { bodyId, slug: 'aps', name: 'Ausschuss für Planung und Stadtentwicklung', shortName: 'APS', organizationType: 'Gremium', classification: 'Ausschuss' },
      { bodyId, slug: 'fraktion-gruen', name: 'Fraktion Bündnis 90/Die Grünen', organizationType: 'Fraktion' },
    ])
    .returning({ id: councilOrganizations.id, slug: councilOrganizations.slug });
  const [rat, committee, faction] = organizations as [{ id: string; slug: string }, { id: string; slug: string }, { id: string; slug: string }];
  const persons = await db
    .insert(councilPersons)
    .values([
      { bodyId, name: 'Anna Muster', givenName: 'Anna', familyName: 'Muster', formOfAddress: 'Frau' },
      { bodyId, name: 'Beate Beispiel', givenName: 'Beate', familyName: 'Beispiel', formOfAddress: 'Frau' },
    ])
    .returning({ id: councilPersons.id });
  const [anna, beate] = persons.map((person) => person.id) as [string, string];
  await db.insert(councilMemberships).values([
    { bodyId, personId: anna, organizationId: rat.id, role: 'Mitglied', votingRight: true, startDate: '2025-11-01' },
    { bodyId, personId: anna, organizationId: committee.id, role: 'Vorsitzende', votingRight: true, startDate: '2025-11-01' },
    { bodyId, personId: anna, organizationId: faction.id, role: 'Mitglied', startDate: '2025-11-01' },
    { bodyId, personId: beate, organizationId: rat.id, role: 'Mitglied', votingRight: true, startDate: '2025-11-01' },
  ]);
  const files = await db
    .insert(councilFiles)
    .values([
      {
        bodyId,
        name: 'Vorlage Radweg Baarstraße',
        fileName: 'vorlage-radweg.pdf',
        mimeType: 'application/pdf',
        text: 'Der Radweg an der Baarstraße wird auf zwei Meter verbreitert.',
      },
      { bodyId, name: 'Grundstücksangelegenheit', fileName: 'grundstueck.pdf', mimeType: 'application/pdf', text: 'Verkauf eines Grundstücks.', public: false },
    ])
    .returning({ id: councilFiles.id });
  const [publicFile, nonPublicFile] = files.map((file) => file.id) as [string, string];
  const [meeting] = await db
    .insert(councilMeetings)
    .values({
      bodyId,
      name: '5. Sitzung des Ausschusses für Planung und Stadtentwicklung',
      meetingState: 'eingeladen',
      start: meetingStart,
      end: new Date(meetingStart.getTime() + 3 * 3600_000),
      locationId: location!.id,
    })
    .returning({ id: councilMeetings.id });
  const meetingId = meeting!.id;
  await db.insert(councilMeetingOrganizations).values({ meetingId, organizationId: committee.id });
  const papers = await db
    .insert(councilPapers)
    .values([
      {
        bodyId,
        name: 'Verbreiterung des Radwegs an der Baarstraße',
        reference: 'V/2026/0012',
        date: '2026-02-20',
        paperType: 'Beschlussvorlage',
        mainFileId: publicFile,
      },
      {
        bodyId,
        name: 'Verkauf einer Teilfläche',
        reference: 'V/2026/0013',
        date: '2026-02-21',
        paperType: 'Beschlussvorlage',
        mainFileId: nonPublicFile,
        public: false,
      },
    ])
    .returning({ id: councilPapers.id });
  const [publicPaper, nonPublicPaper] = papers.map((paper) => paper.id) as [string, string];
  await db.insert(councilPaperOrganizations).values([
    { paperId: publicPaper, organizationId: committee.id, role: 'underDirectionOf' },
    { paperId: nonPublicPaper, organizationId: committee.id, role: 'underDirectionOf' },
  ]);
  const items = await db
    .insert(councilAgendaItems)
    .values([
      { bodyId, meetingId, number: 'Ö 1', order: 1, name: 'Verbreiterung des Radwegs an der Baarstraße' },
      { bodyId, meetingId, number: 'N 1', order: 2, name: 'Verkauf einer Teilfläche', public: false },
    ])
    .returning({ id: councilAgendaItems.id });
  const [publicItem, nonPublicItem] = items.map((item) => item.id) as [string, string];
  const consultations = await db
    .insert(councilConsultations)
    .values([
      { bodyId, paperId: publicPaper, meetingId, agendaItemId: publicItem, authoritative: false, role: 'Vorberatung' },
      { bodyId, paperId: publicPaper, authoritative: true, role: 'Entscheidung' },
      { bodyId, paperId: nonPublicPaper, meetingId, agendaItemId: nonPublicItem, authoritative: true, role: 'Entscheidung' },
    ])
    .returning({ id: councilConsultations.id });
  const [advice, decision, secret] = consultations.map((row) => row.id) as [string, string, string];
  await db.insert(councilConsultationOrganizations).values([
    { consultationId: advice, organizationId: committee.id },
    { consultationId: decision, organizationId: rat.id },
    { consultationId: secret, organizationId: committee.id },
  ]);
  return {
    bodyId,
    rat: { id: rat.id, slug: rat.slug },
    committee: { id: committee.id, slug: committee.slug },
    faction: { id: faction.id },
    persons: { anna, beate },
    locationId: location!.id,
    meeting: { id: meetingId, publicItemId: publicItem, nonPublicItemId: nonPublicItem },
    papers: { publicId: publicPaper, nonPublicId: nonPublicPaper },
    files: { publicId: publicFile, nonPublicId: nonPublicFile },
  };
}
