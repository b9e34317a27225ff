import type { FormDefinitionInput } from '../definition';
import { address, birthDate, contactRule, declaration, email, familyName, givenName, phone } from './common';
import { activity, companyName, legalForm } from './gewerbe-common';

export const GEWERBE_UMMELDUNG_FEE_CENTS = 2600;

/** Gewerbe-Ummeldung (GewA 2): the business moves within the town or changes or extends its activity. */
export const gewerbeUmmeldung: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Gewerbe ummelden',
  intro:
    'Melden Sie Ihr Gewerbe um, wenn Ihr Betrieb innerhalb von {{stadt}} umzieht oder wenn Sie eine andere oder eine zusätzliche Tätigkeit aufnehmen. Ziehen Sie in eine andere Gemeinde, melden Sie das Gewerbe hier ab und dort an.',
  pages: [
    {
      id: 'betrieb',
      title: 'Um welchen Betrieb geht es?',
      items: [
        legalForm(),
        companyName(),
        address({ id: 'premises', label: 'Bisherige Anschrift der Betriebsstätte' }),
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
      items: [givenName(), familyName(), birthDate(), email(), phone()],
    },
    {
      id: 'aenderung',
      title: 'Was ändert sich?',
      items: [
        {
          kind: 'field',
          id: 'changeType',
          type: 'radio',
          label: 'Was möchten Sie ummelden?',
          required: true,
          options: [
            { value: 'verlegung', label: 'Der Betrieb zieht innerhalb von {{stadt}} um' },
            { value: 'taetigkeit', label: 'Ich übe eine andere oder eine zusätzliche Tätigkeit aus' },
            { value: 'beides', label: 'Beides' },
          ],
        },
        address({ id: 'newPremises', label: 'Neue Anschrift der Betriebsstätte', visibleIf: { field: 'changeType', in: ['verlegung', 'beides'] } }),
        activity({
          id: 'newActivity',
          label: 'Welche Tätigkeit üben Sie künftig aus?',
          hint: 'Beschreiben Sie alle Tätigkeiten, auch die bisherigen, die Sie weiter ausüben.',
          visibleIf: { field: 'changeType', in: ['taetigkeit', 'beides'] },
        }),
        { kind: 'field', id: 'changeDate', type: 'date', label: 'Ab wann gilt die Änderung?', required: true, min: 'today-365', max: 'today+90' },
      ],
    },
  ],
  rules: [
    contactRule,
    {
      id: 'changeAfterRegistration',
      message: 'Die Änderung kann nicht vor der Anmeldung des Betriebs liegen',
      fields: ['changeDate'],
      check: { type: 'dateOrder', first: 'registeredSince', second: 'changeDate', allowEqual: false },
    },
  ],
  fee: { base: GEWERBE_UMMELDUNG_FEE_CENTS, baseLabel: 'Gewerbeummeldung' },
  declaration: declaration(
    'Mir ist bekannt, dass die Angaben an das Finanzamt, die Kammern und weitere gesetzlich bestimmte Stellen übermittelt werden (§ 14 GewO).',
  ),
};
