import { asc, eq, sql } from 'drizzle-orm';
import type { OpenDatasetDeclaration } from '../../kernel/module';
import { VHS_PATHS } from './paths';
import { FORMAT_LABELS } from './presenters';
import { vhsCourses, vhsPlaces, vhsProgrammeAreas } from './tables';

/**
 * "VHS-Kursprogramm" as open data: the public programme, one row per published or cancelled
 * course, with what the catalogue shows. No instructor names (people), no bookings.
 */
export const vhsOpenData: OpenDatasetDeclaration = {
  name: 'vhs-kursprogramm',
  title: 'VHS-Kursprogramm',
  description:
    'Alle veröffentlichten Kurse der Volkshochschule mit Kursnummer, Titel, Programmbereich, Kursform (vor Ort, online, hybrid), Kursort, Beginn, Ende, Gebühr in Euro, freien Plätzen, Status und Adresse der Kursseite im Stadtportal.',
  madeFrom: 'dem Kursprogramm der Volkshochschule',
  theme: 'EDUC',
  keywords: ['Volkshochschule', 'Weiterbildung', 'Kurse', 'Erwachsenenbildung', 'Webinare'],
  rows: async ({ db, config }) => {
    const rows = await db
      .select({
        number: vhsCourses.number,
        slug: vhsCourses.slug,
        title: vhsCourses.title,
        area: vhsProgrammeAreas.name,
        format: vhsCourses.format,
        place: vhsPlaces.name,
        city: vhsPlaces.city,
        startsAt: vhsCourses.startsAt,
        endsAt: vhsCourses.endsAt,
        feeCents: vhsCourses.feeCents,
        reducedFeeCents: vhsCourses.reducedFeeCents,
        maxParticipants: vhsCourses.maxParticipants,
        seatsTaken: vhsCourses.seatsTaken,
        state: vhsCourses.state,
      })
      .from(vhsCourses)
      .innerJoin(vhsProgrammeAreas, eq(vhsProgrammeAreas.id, vhsCourses.areaId))
      .leftJoin(vhsPlaces, eq(vhsPlaces.id, vhsCourses.placeId))
      .where(sql`${vhsCourses.state} in ('published', 'cancelled')`)
      .orderBy(asc(vhsCourses.startsAt), asc(vhsCourses.number));
    return rows.map((row) => ({
      kursnummer: row.number,
      titel: row.title,
      programmbereich: row.area,
      kursform: FORMAT_LABELS[row.format],
      kursort: row.place,
      ort: row.city,
      beginn: row.startsAt.toISOString(),
      ende: row.endsAt.toISOString(),
      gebuehr_euro: row.feeCents / 100,
      gebuehr_ermaessigt_euro: row.reducedFeeCents === null ? null : row.reducedFeeCents / 100,
      plaetze_gesamt: row.maxParticipants,
      plaetze_frei: Math.max(row.maxParticipants - row.seatsTaken, 0),
      abgesagt: row.state === 'cancelled',
      url: `${config.baseUrl}${VHS_PATHS.course(row.slug)}`,
    }));
  },
};
