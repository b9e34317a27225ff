import { inArray } from 'drizzle-orm';
import type { ModuleDeps } from '../../../kernel/module';
import { formDefinitionSchema, type FormDefinitionInput } from '../definition';
import { formVersions } from '../tables';
import { fillTownWords, townWords } from './town-words';
import { akteneinsichtIfg } from './akteneinsicht-ifg';
import { bewohnerparkausweis } from './bewohnerparkausweis';
import { briefwahl } from './briefwahl';
import { freifunkStandort } from './freifunk-standort';
import { fundsacheVerlustmeldung } from './fundsache-verlustmeldung';
import { gewerbeAbmeldung } from './gewerbe-abmeldung';
import { gewerbeAnmeldung } from './gewerbe-anmeldung';
import { gewerbeUmmeldung } from './gewerbe-ummeldung';
import { halteverbotszoneUmzug } from './halteverbotszone-umzug';
import { hundesteuerAbmeldung } from './hundesteuer-abmeldung';
import { hundesteuerAnmeldung } from './hundesteuer-anmeldung';
import { kitaVormerkung } from './kita-vormerkung';
import { maengelmeldung } from './maengelmeldung';
import { meldebescheinigung } from './meldebescheinigung';
import { sepaLastschriftmandat } from './sepa-lastschriftmandat';
import { sondernutzungserlaubnis } from './sondernutzungserlaubnis';
import { widerspruchDatenuebermittlung } from './widerspruch-datenuebermittlung';

/** The demo forms, keyed by the slug of their Leistung in the service catalogue; `{{words}}` name the town (town-words.ts). */
export const DEMO_FORMS = {
  bewohnerparkausweis,
  'hundesteuer-anmeldung': hundesteuerAnmeldung,
  'hundesteuer-abmeldung': hundesteuerAbmeldung,
  'gewerbe-anmeldung': gewerbeAnmeldung,
  'gewerbe-ummeldung': gewerbeUmmeldung,
  'gewerbe-abmeldung': gewerbeAbmeldung,
  meldebescheinigung,
  briefwahl,
  sondernutzungserlaubnis,
  'halteverbotszone-umzug': halteverbotszoneUmzug,
  'kita-vormerkung': kitaVormerkung,
  'fundsache-verlustmeldung': fundsacheVerlustmeldung,
  maengelmeldung,
  'akteneinsicht-ifg': akteneinsichtIfg,
  'sepa-lastschriftmandat': sepaLastschriftmandat,
  'widerspruch-datenuebermittlung': widerspruchDatenuebermittlung,
  // Internet für alle (wlan, issue 12): a place for a Freifunk node, linked from /wlan/freifunk-anbieten.
  'freifunk-standort': freifunkStandort,
} satisfies Record<string, FormDefinitionInput>;

export type DemoFormKey = keyof typeof DEMO_FORMS;

export { demoExamples, demoPlacesSchema, type DemoPlaces } from './examples';
export { fillTownWords, townWords } from './town-words';

export const DEMO_FORM_KEYS = Object.keys(DEMO_FORMS) as readonly DemoFormKey[];

/**
 * Publishes version 1 of every demo form that has no version yet. Keys with any version (also a draft
 * or a form changed in the editor) are left alone, so running it again changes nothing.
 */
export async function seedFormsDemo({ db, config }: Pick<ModuleDeps, 'db' | 'config'>): Promise<void> {
  const words = townWords(config);
  if (!words) return;
  // Filled in before the transaction: a word missing from the pack fails before anything is written.
  const definitions = Object.fromEntries(DEMO_FORM_KEYS.map((key) => [key, formDefinitionSchema.parse(fillTownWords(DEMO_FORMS[key], words, key))]));
  await db.transaction(async (tx) => {
    const existing = await tx
      .selectDistinct({ formKey: formVersions.formKey })
      .from(formVersions)
      .where(inArray(formVersions.formKey, [...DEMO_FORM_KEYS]));
    const present = new Set(existing.map((row) => row.formKey));
    const missing = DEMO_FORM_KEYS.filter((key) => !present.has(key));
    if (missing.length === 0) return;
    const now = new Date();
    await tx
      .insert(formVersions)
      .values(
        missing.map((formKey) => ({
          formKey,
          version: 1,
          status: 'published' as const,
          source: 'manual' as const,
          definition: definitions[formKey]!,
          publishedAt: now,
        })),
      )
      .onConflictDoNothing();
  });
}
