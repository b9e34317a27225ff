import type { FormDefinitionInput } from '../definition';
import { address, birthDate, contactRule, declaration, email, familyName, givenName, phone } from './common';
import { activity, companyName, legalForm } from './gewerbe-common';

export const GEWERBE_ABMELDUNG_FEE_CENTS = 1500;

/** Gewerbe-Abmeldung (GewA 3): the business closes, moves away from the town or is handed over. */
export const gewerbeAbmeldung: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Gewerbe abmelden',
  intro:
    'Melden Sie Ihr Gewerbe ab, wenn Sie den Betrieb aufgeben, in eine andere Gemeinde verlegen oder an jemand anderen übergeben. Die Abmeldung ist spätestens am Tag der Aufgabe fällig.',
  pages: [
    {
      id: 'betrieb',
      title: 'Welchen Betrieb melden Sie ab?',
      items: [
        legalForm(),
        companyName(),
        address({ id: 'premises', label: 'Anschrift der Betriebsstätte' }),
        activity({ label: 'Welche Tätigkeit haben Sie ausgeübt?', hint: 'Wie auf Ihrer Gewerbeanmeldung.' }),
        {
          kind: 'field',
          id: 'registeredSince',
          type: 'date',
          label: 'Seit wann ist der Betrieb angemeldet?',
          hint: 'Das Datum steht auf Ihrer Gewerbeanmeldung.',
          required: true,
          min: '1900-01-01',
          max: 'today',
        },
      ],
    },
    {
      id: 'person',
      title: 'Ihre Angaben',
      hint: 'Bei einer Gesellschaft geben Sie die Angaben der Person an, die den Betrieb vertritt.',
      items: [givenName(), familyName(), birthDate(), address({ label: 'Ihre Wohnanschrift' }), email(), phone()],
    },
    {
      id: 'aufgabe',
      title: 'Warum und wann melden Sie ab?',
      items: [
        {
          kind: 'field',
          id: 'closureReason',
          type: 'radio',
          label: 'Warum melden Sie das Gewerbe ab?',
          required: true,
          options: [
            { value: 'aufgabe', label: 'Ich gebe den Betrieb vollständig auf' },
            { value: 'verlegung', label: 'Ich verlege den Betrieb in eine andere Gemeinde' },
            { value: 'uebergabe', label: 'Ich übergebe den Betrieb (Verkauf, Verpachtung, Erbfolge)' },
            { value: 'rechtsform', label: 'Die Rechtsform ändert sich oder eine Gesellschafterin oder ein Gesellschafter scheidet aus' },
          ],
        },
        {
          kind: 'field',
          id: 'newMunicipality',
          type: 'text',
          label: 'In welche Gemeinde verlegen Sie den Betrieb?',
          required: true,
          maxLength: 100,
          visibleIf: { field: 'closureReason', equals: 'verlegung' },
        },
        {
          kind: 'field',
          id: 'successor',
          type: 'text',
          label: 'Wer übernimmt den Betrieb?',
          hint: 'Name der Person oder Firma.',
          required: true,
          maxLength: 200,
          visibleIf: { field: 'closureReason', equals: 'uebergabe' },
        },
        { kind: 'field', id: 'endDate', type: 'date', label: 'An welchem Tag geben Sie den Betrieb auf?', required: true, min: 'today-365', max: 'today+90' },
      ],
    },
  ],
  rules: [
    contactRule,
    {
      id: 'endAfterRegistration',
      message: 'Die Aufgabe kann nicht vor der Anmeldung des Betriebs liegen',
      fields: ['endDate'],
      check: { type: 'dateOrder', first: 'registeredSince', second: 'endDate', allowEqual: true },
    },
  ],
  fee: { base: GEWERBE_ABMELDUNG_FEE_CENTS, baseLabel: 'Gewerbeabmeldung' },
  declaration: declaration(
    'Mir ist bekannt, dass die Angaben an das Finanzamt, die Kammern und weitere gesetzlich bestimmte Stellen übermittelt werden (§ 14 GewO).',
  ),
};
