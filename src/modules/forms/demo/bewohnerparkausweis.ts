import { formatMoney } from '../../../kernel/views/format';
import type { FormDefinitionInput } from '../definition';
import { address, birthDate, declaration, DOCUMENT_TYPES, email, familyName, givenName, phone, TEN_MEGABYTES } from './common';

/** Per year of validity; the demo town charges the Bewohnerparkausweis by the year (12 or 24 months). */
export const BEWOHNERPARKAUSWEIS_FEE_PER_YEAR_CENTS = 3070;

/**
 * Bewohnerparkausweis after the FIM Stammdatenschema S05000058 V1.0: field and group ids, code list
 * values (C05000125 Art des Antrags, C05000108 Gültigkeitsdauer, C05000103 Halterdaten) are the FIM ones,
 * so a submission can be exported in FIM terms.
 */
export const bewohnerparkausweis: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Bewohnerparkausweis beantragen',
  intro:
    'Mit einem Bewohnerparkausweis dürfen Sie in Ihrem Bewohnerparkgebiet parken. Sie bekommen ihn, wenn Sie dort mit Haupt- oder Nebenwohnung gemeldet sind und das Fahrzeug auf Sie zugelassen ist oder Sie es dauerhaft nutzen. Je Person gibt es einen Ausweis für ein Fahrzeug. Das Parkgebiet ergibt sich aus Ihrer Anschrift. Sie brauchen ein Foto oder einen Scan Ihres Fahrzeugscheins.',
  fim: { schemaId: 'S05000058', version: '1.0', name: 'Antrag auf Erteilung / Verlängerung Bewohnerparkausweis', standard: 'xdf2' },
  pages: [
    {
      id: 'antrag',
      title: 'Ihr Antrag',
      items: [
        {
          kind: 'field',
          id: 'requestType',
          type: 'radio',
          label: 'Was beantragen Sie?',
          required: true,
          fim: { id: 'F05001347', version: '1.0' },
          options: [
            { value: '01', label: 'Einen neuen Bewohnerparkausweis' },
            { value: '02', label: 'Die Verlängerung meines Bewohnerparkausweises' },
          ],
        },
        {
          kind: 'group',
          id: 'existingPermit',
          label: 'Ihr bisheriger Bewohnerparkausweis',
          fim: { id: 'G05000599', version: '1.0' },
          visibleIf: { field: 'requestType', equals: '02' },
          fields: [
            {
              kind: 'field',
              id: 'permitNumber',
              type: 'text',
              label: 'Nummer des Parkausweises',
              hint: 'Steht oben rechts auf dem Ausweis.',
              required: true,
              fim: { id: 'F05001346', version: '1.0' },
              pattern: '^[0-9]{1,10}$',
              patternMessage: 'Geben Sie die Nummer des Parkausweises nur mit Ziffern an',
              width: '10',
            },
            {
              kind: 'field',
              id: 'permitIssuedOn',
              type: 'date',
              label: 'Ausgestellt am',
              required: true,
              fim: { id: 'F05001345', version: '1.0' },
              max: 'today',
            },
          ],
        },
        {
          kind: 'field',
          id: 'validity',
          type: 'radio',
          label: 'Wie lange soll der Ausweis gelten?',
          hint: `Die Gebühr beträgt ${formatMoney(BEWOHNERPARKAUSWEIS_FEE_PER_YEAR_CENTS)} je Jahr.`,
          required: true,
          fim: { id: 'F05001064', version: '1.0' },
          options: [
            { value: '1', label: '12 Monate' },
            { value: '2', label: '24 Monate' },
          ],
        },
        {
          kind: 'field',
          id: 'validFrom',
          type: 'date',
          label: 'Ab wann soll der Ausweis gelten?',
          hint: 'Frühestens ab heute, höchstens drei Monate im Voraus.',
          required: true,
          fim: { id: 'F05001348', version: '1.0' },
          min: 'today',
          max: 'today+90',
        },
      ],
    },
    {
      id: 'person',
      title: 'Ihre Angaben',
      hint: 'Geben Sie die Anschrift an, unter der Sie im Bewohnerparkgebiet gemeldet sind.',
      items: [
        {
          kind: 'group',
          id: 'applicant',
          label: 'Angaben zur antragstellenden Person',
          fim: { id: 'G05000496', version: '1.0' },
          fields: [
            givenName({ fim: { id: 'F05000060', version: '1.0' } }),
            familyName({ fim: { id: 'F05000059', version: '1.0' } }),
            birthDate({ fim: { id: 'F05000351', version: '1.0' } }),
            address({ label: 'Anschrift im Bewohnerparkgebiet' }),
            email({ required: true, fim: { id: 'F05001354', version: '1.0' } }),
            phone({ fim: { id: 'F05000067', version: '1.0' } }),
          ],
        },
      ],
    },
    {
      id: 'fahrzeug',
      title: 'Ihr Fahrzeug',
      items: [
        {
          kind: 'group',
          id: 'vehicle',
          label: 'Angaben zum Fahrzeug',
          fim: { id: 'G05000477', version: '1.0' },
          fields: [
            {
              kind: 'field',
              id: 'licensePlate',
              type: 'text',
              label: 'Kennzeichen',
              hint: 'Zum Beispiel MK-AB 123',
              required: true,
              fim: { id: 'F05000627', version: '1.0' },
              pattern: '^[A-Za-zÄÖÜäöü]{1,3}[- ][A-Za-z]{1,2}[- ]?[1-9][0-9]{0,3}[EHeh]?$',
              patternMessage: 'Geben Sie das Kennzeichen wie auf dem Fahrzeugschein an, zum Beispiel MK-AB 123',
              width: '10',
            },
            {
              kind: 'field',
              id: 'vinEnding',
              type: 'text',
              label: 'Letzte 6 Stellen der Fahrzeug-Identifizierungsnummer',
              hint: 'Sie finden die Nummer im Fahrzeugschein im Feld E.',
              required: true,
              fim: { id: 'F05001062', version: '1.0' },
              pattern: '^[A-Za-z0-9]{6}$',
              patternMessage: 'Geben Sie genau 6 Buchstaben oder Ziffern an',
              width: '5',
            },
            {
              kind: 'field',
              id: 'holder',
              type: 'radio',
              label: 'Sind Sie Halterin oder Halter des Fahrzeugs?',
              hint: 'Die Halterin oder der Halter steht im Fahrzeugschein im Feld C.1.',
              required: true,
              fim: { id: 'F05001047', version: '1.0' },
              options: [
                { value: '01', label: 'Ja, das Fahrzeug ist auf meinen Namen zugelassen' },
                { value: '02', label: 'Nein, das Fahrzeug ist auf eine andere Person oder Firma zugelassen' },
              ],
            },
            {
              kind: 'field',
              id: 'registrationCertificate',
              type: 'file',
              label: 'Fahrzeugschein (Zulassungsbescheinigung Teil I)',
              hint: 'Ein Foto oder Scan der Vorderseite als PDF, JPEG oder PNG, höchstens 10 MB.',
              required: true,
              fim: { id: 'F05001045', version: '1.0' },
              accept: DOCUMENT_TYPES,
              maxFileBytes: TEN_MEGABYTES,
              max: 2,
            },
          ],
        },
      ],
    },
    {
      id: 'halter',
      title: 'Halterin oder Halter des Fahrzeugs',
      hint: 'Sie nutzen ein Fahrzeug, das auf eine andere Person oder eine Firma zugelassen ist, zum Beispiel einen Firmenwagen. Dann brauchen wir die Angaben zur Halterin oder zum Halter und deren Erklärung, dass Sie das Fahrzeug dauerhaft nutzen dürfen.',
      visibleIf: { field: 'holder', equals: '02' },
      items: [
        {
          kind: 'group',
          id: 'otherHolder',
          label: 'Angaben zur Halterin oder zum Halter',
          fim: { id: 'G05000499', version: '1.0' },
          fields: [
            familyName({
              id: 'holderName',
              label: 'Name oder Firma',
              hint: 'Wie im Fahrzeugschein im Feld C.1.1.',
              autocomplete: undefined,
              fim: { id: 'F05001243', version: '1.0' },
              maxLength: 200,
            }),
            givenName({
              id: 'holderGivenName',
              required: false,
              hint: 'Nicht ausfüllen, wenn das Fahrzeug auf eine Firma zugelassen ist.',
              autocomplete: undefined,
              fim: { id: 'F05001244', version: '1.0' },
            }),
            address({ id: 'holderAddress', label: 'Anschrift der Halterin oder des Halters' }),
            email({
              id: 'holderEmail',
              label: 'E-Mail-Adresse der Halterin oder des Halters',
              hint: undefined,
              required: true,
              autocomplete: undefined,
              fim: { id: 'F05001355', version: '1.0' },
            }),
            {
              kind: 'field',
              id: 'usageConsent',
              type: 'file',
              label: 'Erklärung über die Nutzungsüberlassung',
              hint: 'Die Halterin oder der Halter bestätigt darin mit Unterschrift, dass Sie das Fahrzeug dauerhaft nutzen dürfen. PDF, JPEG oder PNG, höchstens 10 MB.',
              required: true,
              fim: { id: 'F05001248', version: '1.0' },
              accept: DOCUMENT_TYPES,
              maxFileBytes: TEN_MEGABYTES,
              max: 1,
            },
          ],
        },
      ],
    },
    {
      id: 'einwilligung',
      title: 'Abgleich mit dem Melderegister',
      hint: 'Damit wir nicht nach Meldebescheinigung und Fahrzeugbrief fragen müssen, prüfen wir Ihre Angaben im Melderegister und im Fahrzeugregister.',
      items: [
        {
          kind: 'field',
          id: 'registerCheckConsent',
          type: 'declaration',
          label: 'Ich bin damit einverstanden, dass die {{behoerde}} meine Angaben mit dem Melderegister und dem Fahrzeugregister abgleicht.',
          required: true,
          fim: { id: 'F05001344', version: '1.0' },
        },
      ],
    },
  ],
  fee: {
    base: BEWOHNERPARKAUSWEIS_FEE_PER_YEAR_CENTS,
    baseLabel: 'Bewohnerparkausweis, 12 Monate',
    lines: [{ label: 'Weitere 12 Monate Gültigkeit', amount: BEWOHNERPARKAUSWEIS_FEE_PER_YEAR_CENTS, when: { field: 'validity', equals: '2' } }],
  },
  declaration: declaration(
    'Ich wohne tatsächlich unter der angegebenen Anschrift im Bewohnerparkgebiet und beantrage nur einen Bewohnerparkausweis. Wenn ich umziehe oder das Fahrzeug nicht mehr nutze, gebe ich den Ausweis zurück.',
  ),
};
