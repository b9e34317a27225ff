import { z } from 'zod';

/**
 * The council part of a town's demo pack (`council.json`): the real structure (Body, Gremien with their
 * seats and rooms, Fraktionen with their seats, the administration's departments) and the words the
 * generator builds a year of meetings and papers from (`generate.ts`). Names of persons are invented
 * (`kernel/config/demo-names.ts`); dates are relative to the seeding day.
 */
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const slug = z.string().regex(/^[a-z0-9-]+$/);

const place = z.object({
  key: slug,
  description: z.string().min(1),
  streetAddress: z.string().min(1).optional(),
  room: z.string().min(1).optional(),
  postalCode: z.string().regex(/^\d{5}$/),
  subLocality: z.string().min(1).optional(),
  locality: z.string().min(1),
  /** [lon, lat], as GeoJSON stores it. */
  position,
});
export type PackPlace = z.infer<typeof place>;

/** A subject the generator writes papers about; `{ort}` in a text becomes a place of `places` (and the paper's Location). */
const topic = z.object({
  type: z.enum(['Beschlussvorlage', 'Mitteilungsvorlage', 'Antrag', 'Anfrage']),
  title: z.string().min(1),
  /** Sachverhalt / Begründung / the question. */
  text: z.string().min(1),
  /** Beschlussvorschlag (Vorlagen, Anträge) or the administration's answer (Anfragen, Mitteilungen). */
  proposal: z.string().min(1),
  /** Decided by the Rat after the Hauptausschuss (Beschlussvorlagen and Anträge only); else the Gremium decides. */
  toCouncil: z.boolean().default(false),
});
export type PackTopic = z.infer<typeof topic>;

const gremium = z.object({
  slug,
  name: z.string().min(1),
  shortName: z.string().min(1),
  /** "Rat" and "Hauptausschuss" once each; they take the Ausschüsse's papers that go on. */
  classification: z.enum(['Rat', 'Hauptausschuss', 'Ausschuss']),
  /** For the meeting's name: "4. Sitzung des Schulausschusses". */
  genitive: z.string().min(1),
  /** Council members seated (by d'Hondt over the Fraktionen); the Rat seats them all. */
  seats: z.number().int().min(0).max(100),
  /** Sachkundige Bürgerinnen und Bürger (members who are not in the Rat). */
  citizenMembers: z.number().int().min(0).max(20),
  /** The slug of the department that prepares its papers (Verwaltungsbereich, underDirectionOf). */
  department: slug,
  room: slug,
  /** Where in a six-week round of meetings it meets: week 0–4 (Ausschüsse first, the Rat last), weekday 1–5, time. */
  week: z.number().int().min(0).max(4),
  weekday: z.number().int().min(1).max(5),
  time: z.string().regex(/^\d\d:\d\d$/),
  /** 1: every round, 2: every other one. */
  everyRounds: z.number().int().min(1).max(3).default(1),
  topics: z.array(topic).min(1),
});

export const councilPackSchema = z
  .object({
    seed: z.number().int(),
    body: z.object({
      name: z.string().min(1),
      shortName: z.string().min(1),
      ags: z.string().regex(/^\d{8}$/),
      website: z.url(),
      contactName: z.string().min(1),
      contactEmail: z.email(),
      classification: z.string().min(1),
      /** A key of `rooms`: the town hall. */
      location: slug,
    }),
    term: z.object({ name: z.string().min(1), startDate: z.iso.date(), endDate: z.iso.date() }),
    mayor: z.object({ title: z.string().min(1), formOfAddress: z.enum(['Frau', 'Herr']) }),
    rooms: z.array(place).min(1),
    places: z.array(place).min(3),
    departments: z.array(z.object({ slug, name: z.string().min(1), shortName: z.string().min(1) })).min(1),
    factions: z.array(z.object({ slug, name: z.string().min(1), shortName: z.string().min(1), seats: z.number().int().min(1) })).min(2),
    gremien: z.array(gremium).min(3),
    /** Subjects of the nichtöffentlicher Teil (Grundstücke, Vergaben): papers and items with `public = false`. */
    nonPublicTopics: z.array(topic).min(1),
    /** The demo login "Ratsmitglied": this person sits in the Rat for the Fraktion and in the named Gremien. */
    memberLogin: z.object({
      email: z.email(),
      givenName: z.string().min(1),
      familyName: z.string().min(1),
      formOfAddress: z.enum(['Frau', 'Herr']),
      faction: slug,
      gremien: z.array(slug).min(1),
    }),
  })
  .superRefine((pack, ctx) => {
    for (const classification of ['Rat', 'Hauptausschuss'] as const) {
      if (pack.gremien.filter((one) => one.classification === classification).length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['gremien'], message: `needs exactly one Gremium classified ${classification}` });
      }
    }
    // Gremien, Fraktionen and departments are all Organizations: one slug each under /rat/gremien.
    const slugs = [...pack.gremien, ...pack.factions, ...pack.departments].map((organization) => organization.slug);
    for (const duplicate of new Set(slugs.filter((one, index) => slugs.indexOf(one) !== index))) {
      ctx.addIssue({ code: 'custom', path: ['gremien'], message: `the slug ${duplicate} is used twice (Gremien, Fraktionen and departments share them)` });
    }
    const rooms = new Set(pack.rooms.map((room) => room.key));
    const departments = new Set(pack.departments.map((department) => department.slug));
    pack.gremien.forEach((one, index) => {
      if (!rooms.has(one.room)) ctx.addIssue({ code: 'custom', path: ['gremien', index, 'room'], message: `no room ${one.room}` });
      if (!departments.has(one.department)) {
        ctx.addIssue({ code: 'custom', path: ['gremien', index, 'department'], message: `no department ${one.department}` });
      }
    });
    if (!rooms.has(pack.body.location)) ctx.addIssue({ code: 'custom', path: ['body', 'location'], message: `no room ${pack.body.location}` });
    if (!pack.factions.some((faction) => faction.slug === pack.memberLogin.faction)) {
      ctx.addIssue({ code: 'custom', path: ['memberLogin', 'faction'], message: `no Fraktion ${pack.memberLogin.faction}` });
    }
    for (const wanted of pack.memberLogin.gremien) {
      if (!pack.gremien.some((one) => one.slug === wanted)) ctx.addIssue({ code: 'custom', path: ['memberLogin', 'gremien'], message: `no Gremium ${wanted}` });
    }
  });
export type CouncilPack = z.infer<typeof councilPackSchema>;
export type PackGremium = CouncilPack['gremien'][number];
