import type { FormDefinitionInput } from '../definition';
import { address, birthDate, declaration, email, familyName, givenName } from './common';

/**
 * Wahlschein und Briefwahlunterlagen. The elections on offer are options the Wahlamt updates in the
 * form editor before each election; the applicant applies for themselves only (an application for someone
 * else needs a written power of attorney, which this online form cannot carry).
 */
export const briefwahl: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Briefwahl beantragen',
  intro:
    'Mit der Briefwahl können Sie wählen, ohne am Wahltag ins Wahllokal zu gehen. Sie bekommen den Wahlschein und die Briefwahlunterlagen per Post. Beantragen Sie die Briefwahl früh genug: Der Wahlbrief muss spätestens am Wahltag um 18 Uhr bei der {{behoerde}} ankommen. Für eine andere Person dürfen Sie den Antrag hier nicht stellen.',
  pages: [
    {
      id: 'wahl',
      title: 'Für welche Wahl beantragen Sie die Briefwahl?',
      items: [
        {
          kind: 'field',
          id: 'election',
          type: 'radio',
          label: 'Wahl',
          required: true,
          options: [
            { value: 'landtagswahl', label: 'Landtagswahl Nordrhein-Westfalen' },
            { value: 'bundestagswahl', label: 'Bundestagswahl' },
            { value: 'europawahl', label: 'Europawahl' },
            { value: 'kommunalwahl', label: 'Kommunalwahl (Rat, Bürgermeister, Kreistag und Landrat)' },
          ],
        },
        {
          kind: 'field',
          id: 'runoff',
          type: 'checkbox',
          label: 'Ich möchte die Briefwahlunterlagen auch für eine mögliche Stichwahl bekommen',
          hint: 'Wenn bei der Bürgermeister- oder Landratswahl niemand mehr als die Hälfte der Stimmen bekommt, gibt es zwei Wochen später eine Stichwahl.',
          visibleIf: { field: 'election', equals: 'kommunalwahl' },
        },
      ],
    },
    {
      id: 'person',
      title: 'Ihre Angaben',
      hint: 'Geben Sie Ihre Angaben so an, wie sie im Melderegister stehen.',
      items: [
        givenName(),
        familyName(),
        birthDate({ max: 'today-5844', hint: 'Zum Beispiel 27 3 1985. Wählen dürfen Sie je nach Wahl ab 16 oder 18 Jahren.' }),
        address({ label: 'Ihre Wohnanschrift in {{stadt}}' }),
        {
          kind: 'field',
          id: 'voterNumber',
          type: 'text',
          label: 'Nummer im Wählerverzeichnis (freiwillig)',
          hint: 'Steht auf Ihrer Wahlbenachrichtigung. Mit der Nummer geht es schneller.',
          maxLength: 20,
          pattern: '^[0-9A-Za-z/ -]{1,20}$',
          patternMessage: 'Geben Sie die Nummer so an, wie sie auf der Wahlbenachrichtigung steht',
          width: '10',
        },
      ],
    },
    {
      id: 'versand',
      title: 'Wohin sollen wir die Unterlagen schicken?',
      items: [
        {
          kind: 'field',
          id: 'delivery',
          type: 'radio',
          label: 'Versand der Briefwahlunterlagen',
          required: true,
          options: [
            { value: 'wohnanschrift', label: 'An meine Wohnanschrift' },
            { value: 'andere', label: 'An eine andere Anschrift in Deutschland, zum Beispiel Ferienwohnung oder Krankenhaus' },
          ],
        },
        {
          kind: 'field',
          id: 'deliveryCareOf',
          type: 'text',
          label: 'Bei (freiwillig)',
          hint: 'Zum Beispiel der Name des Hotels oder des Krankenhauses.',
          maxLength: 100,
          visibleIf: { field: 'delivery', equals: 'andere' },
        },
        address({ id: 'deliveryAddress', label: 'Versandanschrift', visibleIf: { field: 'delivery', equals: 'andere' } }),
        email({ hint: 'Wir schicken Ihnen eine Bestätigung, dass Ihr Antrag angekommen ist.' }),
      ],
    },
  ],
  declaration: declaration('Ich beantrage die Briefwahl für mich selbst und bin bei der gewählten Wahl wahlberechtigt.'),
};
