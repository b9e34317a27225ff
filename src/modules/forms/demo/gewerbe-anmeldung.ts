import type { FormDefinitionInput } from '../definition';
import { address, birthDate, contactRule, declaration, DOCUMENT_TYPES, email, familyName, givenName, phone, TEN_MEGABYTES, yesNo } from './common';
import { activity, companyName, legalForm, PARTNERSHIP_FORMS } from './gewerbe-common';

const fim = (id: string) => ({ id, version: '1.0' });

export const GEWERBE_ANMELDUNG_FEE_CENTS = 2600;

/**
 * Gewerbe-Anmeldung (GewA 1, § 14 GewO) with the field ids of the FIM Stammdatenschema S00000009
 * "Gewerbe Anmeldung" where a field corresponds.
 */
export const gewerbeAnmeldung: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Gewerbe anmelden',
  intro:
    'Melden Sie Ihr Gewerbe an, wenn Sie einen Betrieb eröffnen, übernehmen oder nach {{stadt}} verlegen. Die Anmeldung ist spätestens am Tag des Beginns fällig. Wir leiten Ihre Angaben an das Finanzamt, die Industrie- und Handelskammer oder Handwerkskammer und weitere gesetzlich vorgesehene Stellen weiter. Freie Berufe (zum Beispiel Ärztinnen, Anwälte, Künstler) und die Landwirtschaft melden kein Gewerbe an.',
  fim: { schemaId: 'S00000009', name: 'Gewerbe Anmeldung', standard: 'xdf2' },
  pages: [
    {
      id: 'inhaber',
      title: 'Wer betreibt das Gewerbe?',
      items: [
        legalForm('F00000103'),
        companyName('F00000034'),
        {
          kind: 'group',
          id: 'register',
          label: 'Eintrag im Handels-, Genossenschafts- oder Vereinsregister',
          fim: fim('G00000100'),
          fields: [
            {
              kind: 'field',
              id: 'registerCourt',
              type: 'text',
              label: 'Registergericht (freiwillig)',
              hint: 'Zum Beispiel {{registergericht}}',
              maxLength: 100,
              fim: fim('F00000104'),
            },
            {
              kind: 'field',
              id: 'registerNumber',
              type: 'text',
              label: 'Registernummer (freiwillig)',
              hint: 'Zum Beispiel HRB 1234',
              maxLength: 30,
              width: '10',
              fim: fim('F00000115'),
            },
          ],
        },
      ],
    },
    {
      id: 'person',
      title: 'Ihre Angaben',
      hint: 'Bei einer GmbH, AG oder einem Verein geben Sie die Angaben der Geschäftsführerin, des Geschäftsführers oder des Vorstands an.',
      items: [
        givenName({ fim: fim('F00000154') }),
        familyName({ fim: fim('F00000013') }),
        {
          kind: 'field',
          id: 'birthName',
          type: 'text',
          label: 'Geburtsname (freiwillig)',
          hint: 'Nur wenn er sich von Ihrem Familiennamen unterscheidet.',
          maxLength: 100,
          fim: fim('F00000014'),
        },
        birthDate(),
        { kind: 'field', id: 'birthPlace', type: 'text', label: 'Geburtsort', required: true, maxLength: 100, fim: fim('F00000067') },
        {
          kind: 'field',
          id: 'nationality',
          type: 'text',
          label: 'Staatsangehörigkeit',
          hint: 'Zum Beispiel deutsch',
          required: true,
          maxLength: 100,
          width: '20',
        },
        address({ label: 'Ihre Wohnanschrift' }),
        email({ fim: fim('F00000071') }),
        phone({ fim: fim('F00000069') }),
      ],
    },
    {
      id: 'gesellschafter',
      title: 'Weitere Gesellschafterinnen und Gesellschafter',
      hint: 'Bei einer GbR, OHG oder KG meldet jede geschäftsführende Gesellschafterin und jeder geschäftsführende Gesellschafter das Gewerbe mit an.',
      visibleIf: { field: 'legalForm', in: PARTNERSHIP_FORMS },
      items: [
        {
          kind: 'group',
          id: 'partners',
          label: 'Geschäftsführende Gesellschafterinnen und Gesellschafter außer Ihnen',
          fim: fim('G00000250'),
          repeat: {
            min: 1,
            max: 20,
            itemLabel: 'Gesellschafterin oder Gesellschafter',
            addLabel: 'Weitere Gesellschafterin oder weiteren Gesellschafter hinzufügen',
          },
          fields: [
            givenName({ id: 'partnerGivenName', autocomplete: undefined, fim: fim('F00000154') }),
            familyName({ id: 'partnerFamilyName', autocomplete: undefined, fim: fim('F00000013') }),
            birthDate({ id: 'partnerBirthDate', autocomplete: undefined }),
            address({ id: 'partnerAddress', label: 'Wohnanschrift' }),
          ],
        },
      ],
    },
    {
      id: 'taetigkeit',
      title: 'Ihre Tätigkeit',
      items: [
        activity({ fim: fim('F00000150') }),
        {
          kind: 'field',
          id: 'registrationReason',
          type: 'radio',
          label: 'Warum melden Sie das Gewerbe an?',
          required: true,
          fim: fim('F00000123'),
          options: [
            { value: 'neugruendung', label: 'Ich gründe einen neuen Betrieb' },
            { value: 'uebernahme', label: 'Ich übernehme einen bestehenden Betrieb (Kauf, Pacht, Erbfolge)' },
            { value: 'zuzug', label: 'Ich verlege meinen Betrieb aus einer anderen Gemeinde nach {{stadt}}' },
            { value: 'rechtsform', label: 'Die Rechtsform oder die Gesellschafter ändern sich' },
          ],
        },
        {
          kind: 'field',
          id: 'previousOwner',
          type: 'text',
          label: 'Name der bisherigen Inhaberin oder des bisherigen Inhabers',
          required: true,
          maxLength: 200,
          visibleIf: { field: 'registrationReason', equals: 'uebernahme' },
        },
        {
          kind: 'field',
          id: 'businessType',
          type: 'radio',
          label: 'Zu welchem Bereich gehört Ihr Betrieb?',
          required: true,
          fim: fim('F00000120'),
          options: [
            { value: 'handel', label: 'Handel' },
            { value: 'handwerk', label: 'Handwerk' },
            { value: 'industrie', label: 'Industrie' },
            { value: 'sonstiges', label: 'Sonstiges, zum Beispiel Dienstleistungen oder Gastronomie' },
          ],
        },
        {
          kind: 'field',
          id: 'startDate',
          type: 'date',
          label: 'Wann beginnen Sie mit der Tätigkeit?',
          hint: 'Sie können das Gewerbe bis zu drei Monate im Voraus anmelden.',
          required: true,
          fim: fim('F00000119'),
          min: 'today-365',
          max: 'today+90',
        },
        { kind: 'field', id: 'sideline', type: 'checkbox', label: 'Ich übe die Tätigkeit im Nebenerwerb aus', fim: fim('F00000118') },
      ],
    },
    {
      id: 'betriebsstaette',
      title: 'Ihre Betriebsstätte',
      items: [
        address({ id: 'premises', label: 'Anschrift der Betriebsstätte in {{stadt}}', hint: 'Wenn Sie von zu Hause aus arbeiten, Ihre Wohnanschrift.' }),
        {
          kind: 'field',
          id: 'establishmentType',
          type: 'radio',
          label: 'Um welche Art von Niederlassung handelt es sich?',
          required: true,
          fim: fim('F00000194'),
          options: [
            { value: 'hauptniederlassung', label: 'Hauptniederlassung' },
            { value: 'zweigniederlassung', label: 'Zweigniederlassung' },
            { value: 'unselbststaendig', label: 'Unselbstständige Zweigstelle' },
          ],
        },
        {
          kind: 'group',
          id: 'staff',
          label: 'Wie viele Personen arbeiten außer Ihnen im Betrieb?',
          fim: fim('G00000096'),
          fields: [
            {
              kind: 'field',
              id: 'fullTimeStaff',
              type: 'number',
              label: 'Vollzeit',
              required: true,
              min: 0,
              max: 100000,
              decimals: 0,
              width: '4',
              fim: fim('F00000121'),
            },
            {
              kind: 'field',
              id: 'partTimeStaff',
              type: 'number',
              label: 'Teilzeit',
              required: true,
              min: 0,
              max: 100000,
              decimals: 0,
              width: '4',
              fim: fim('F00000122'),
            },
          ],
        },
      ],
    },
    {
      id: 'erlaubnis',
      title: 'Erlaubnisse und Handwerkskarte',
      hint: 'Für manche Tätigkeiten brauchen Sie vorher eine Erlaubnis, zum Beispiel als Makler (§ 34c GewO), Versicherungsvermittler (§ 34d GewO) oder im Bewachungsgewerbe (§ 34a GewO). Zulassungspflichtige Handwerke brauchen eine Eintragung in die Handwerksrolle.',
      items: [
        yesNo('permitRequired', 'Brauchen Sie für die Tätigkeit eine Erlaubnis?', { fim: fim('F00000125') }),
        {
          kind: 'group',
          id: 'permit',
          label: 'Ihre Erlaubnis',
          fim: fim('G00000097'),
          visibleIf: { field: 'permitRequired', equals: 'ja' },
          fields: [
            { kind: 'field', id: 'permitIssuedOn', type: 'date', label: 'Ausgestellt am', required: true, max: 'today', fim: fim('F00000004') },
            { kind: 'field', id: 'permitAuthority', type: 'text', label: 'Ausstellende Behörde', required: true, maxLength: 200, fim: fim('F00000175') },
            {
              kind: 'field',
              id: 'permitCopy',
              type: 'file',
              label: 'Kopie der Erlaubnis',
              hint: 'PDF, JPEG oder PNG, höchstens 10 MB.',
              required: true,
              accept: DOCUMENT_TYPES,
              maxFileBytes: TEN_MEGABYTES,
              max: 3,
            },
          ],
        },
        yesNo('craftCardHeld', 'Ist der Betrieb in die Handwerksrolle eingetragen?', { fim: fim('F00000126') }),
        {
          kind: 'field',
          id: 'craftChamber',
          type: 'text',
          label: 'Name der Handwerkskammer',
          hint: 'Für {{stadt}} ist das die {{handwerkskammer}}.',
          required: true,
          maxLength: 200,
          fim: fim('F00000192'),
          visibleIf: { field: 'craftCardHeld', equals: 'ja' },
        },
      ],
    },
  ],
  rules: [
    contactRule,
    {
      id: 'permitBeforeStart',
      message: 'Sie dürfen die Tätigkeit erst beginnen, wenn die Erlaubnis erteilt ist. Prüfen Sie das Datum des Beginns',
      fields: ['startDate'],
      when: { field: 'permitRequired', equals: 'ja' },
      check: { type: 'dateOrder', first: 'permitIssuedOn', second: 'startDate', allowEqual: true },
    },
  ],
  fee: { base: GEWERBE_ANMELDUNG_FEE_CENTS, baseLabel: 'Gewerbeanmeldung' },
  declaration: declaration(
    'Mir ist bekannt, dass die Anmeldung keine Erlaubnis für erlaubnispflichtige Tätigkeiten ersetzt und dass die Angaben an das Finanzamt, die Kammern und weitere gesetzlich bestimmte Stellen übermittelt werden (§ 14 Abs. 8 bis 14 GewO).',
  ),
};
