import { z } from 'zod';
import { defineSettings } from '../../kernel/config';

/** A required wording of the legal block; the message says what belongs there. */
const words = (what: string) =>
  z
    .string({ error: `Geben Sie ${what} an.` })
    .trim()
    .min(1, { error: `Geben Sie ${what} an.` })
    .max(500, { error: `${what} darf höchstens 500 Zeichen lang sein.` });

const optionalWords = (what: string) => words(what).optional();

const webAddress = (what: string) =>
  z.url({
    protocol: /^https?$/,
    error: `Geben Sie die Web-Adresse ${what} an, zum Beispiel https://www.example.de.`,
  });

const mailAddress = (what: string) =>
  z.email({
    error: `Geben Sie die E-Mail-Adresse ${what} im richtigen Format an, zum Beispiel poststelle@example.de.`,
  });

const body = (what: string) =>
  z.object(
    {
      name: words(`den Namen ${what}`),
      address: words(`die Anschrift ${what}`),
      website: webAddress(what),
      email: mailAddress(what).optional(),
    },
    {
      error: `Geben Sie ${what} mit name, address, website und (freiwillig) email an.`,
    },
  );

/**
 * The optional `legal` key of the municipality file: everything on the legal pages that depends on
 * the federal state. Without it the built-in texts of Nordrhein-Westfalen apply to a municipality
 * in that state, and neutral wording that names no law to any other; with it, these words replace
 * the built-in ones completely.
 */
const legalSchema = z.object(
  {
    dataProtection: z.object(
      {
        /** Legal basis next to Art. 6 (1) e DSGVO, e.g. "Art. 4 Abs. 1 Bayerisches Datenschutzgesetz (BayDSG)". */
        basis: words('die Rechtsgrundlage nach Landesrecht (dataProtection.basis)'),
        lawUrl: webAddress('des Datenschutzgesetzes (dataProtection.lawUrl)').optional(),
        authority: body('der Aufsichtsbehörde für den Datenschutz (dataProtection.authority)'),
      },
      { error: 'Geben Sie dataProtection mit basis und authority an.' },
    ),
    accessibility: z.object(
      {
        law: z.object(
          {
            name: words('den Namen des Behindertengleichstellungsgesetzes (accessibility.law.name)'),
            url: webAddress('des Gesetzes (accessibility.law.url)').optional(),
          },
          {
            error: 'Geben Sie accessibility.law mit name (und freiwillig url) an.',
          },
        ),
        regulation: z.object(
          {
            name: words('den Namen der Verordnung zur barrierefreien Informationstechnik (accessibility.regulation.name)'),
            /** Used as "in der …", e.g. "BayBITV". */
            shortName: words('die Abkürzung der Verordnung (accessibility.regulation.shortName)'),
            url: webAddress('der Verordnung (accessibility.regulation.url)').optional(),
          },
          {
            error: 'Geben Sie accessibility.regulation mit name und shortName (und freiwillig url) an.',
          },
        ),
        /** Longest time to answer a report, e.g. "einem Monat" ("innerhalb von …"). */
        answerPeriod: optionalWords('die Antwortfrist (accessibility.answerPeriod)'),
        /** Where the enforcement procedure is regulated, e.g. "Art. 13 BayBGG". */
        enforcementBasis: optionalWords('die Vorschrift zum Durchsetzungsverfahren (accessibility.enforcementBasis)'),
        /** Where the free sign-language interpreter is regulated. */
        interpreterBasis: optionalWords('die Vorschrift zum Gebärdensprachdolmetschen (accessibility.interpreterBasis)'),
        /** Replaces `accessibility.enforcementBody` of the municipality file, with an address. */
        enforcementBody: body('der Durchsetzungs- oder Schlichtungsstelle (accessibility.enforcementBody)').optional(),
      },
      { error: 'Geben Sie accessibility mit law und regulation an.' },
    ),
  },
  { error: 'legal muss ein Objekt mit dataProtection und accessibility sein.' },
);
export type LegalSettings = z.output<typeof legalSchema>;

export const legalSettings = defineSettings('site.legal', {
  file: z.object({ legal: legalSchema.optional() }),
  resolve: ({ file }): LegalSettings | undefined => file.legal,
});
