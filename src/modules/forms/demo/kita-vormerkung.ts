import type { FormDefinitionInput } from '../definition';
import { address, birthDate, contactPage, contactRule, declaration, familyName, givenName, yesNo } from './common';

/**
 * Vormerkung for a place in a Kindertageseinrichtung or Kindertagespflege. Weekly hours are the
 * Betreuungsumfänge of the Kinderbildungsgesetz NRW (25, 35, 45 hours); siblings already in care count
 * in the allocation, so they are asked as a repeating group.
 */
export const kitaVormerkung: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Betreuungsplatz für Ihr Kind vormerken',
  intro:
    'Ab dem ersten Geburtstag hat Ihr Kind einen Anspruch auf einen Platz in einer Kita oder in der Kindertagespflege. Melden Sie Ihren Bedarf möglichst früh an, am besten sechs Monate vorher. Die Vormerkung ist noch keine Zusage: Die Kitas melden sich bei Ihnen. Sie können Ihr Kind auch schon vor der Geburt vormerken.',
  pages: [
    {
      id: 'kind',
      title: 'Angaben zu Ihrem Kind',
      items: [
        givenName({
          id: 'childGivenName',
          label: 'Vorname des Kindes',
          hint: 'Wenn Ihr Kind noch nicht geboren ist, schreiben Sie „noch offen“.',
          autocomplete: undefined,
        }),
        familyName({ id: 'childFamilyName', label: 'Familienname des Kindes', autocomplete: undefined }),
        birthDate({
          id: 'childBirthDate',
          label: 'Geburtsdatum des Kindes',
          hint: 'Wenn Ihr Kind noch nicht geboren ist, geben Sie den errechneten Geburtstermin an.',
          min: 'today-2555',
          max: 'today+280',
          autocomplete: undefined,
        }),
      ],
    },
    {
      id: 'eltern',
      title: 'Ihre Angaben',
      hint: 'Angaben der sorgeberechtigten Person, die den Antrag stellt.',
      items: [
        givenName(),
        familyName(),
        address({ hint: 'Ihre Anschrift in {{stadt}}. Ihr Kind muss hier wohnen.' }),
        { kind: 'field', id: 'singleParent', type: 'checkbox', label: 'Ich bin alleinerziehend' },
        yesNo('parentsWorking', 'Sind Sie (und die andere sorgeberechtigte Person) berufstätig, in Ausbildung oder im Studium?', {
          hint: 'Das berücksichtigen die Kitas bei der Vergabe der Plätze.',
        }),
      ],
    },
    contactPage(),
    {
      id: 'betreuung',
      title: 'Welche Betreuung brauchen Sie?',
      items: [
        {
          kind: 'field',
          id: 'careStart',
          type: 'date',
          label: 'Ab wann brauchen Sie den Platz?',
          hint: 'Die meisten Plätze werden zum 1. August vergeben.',
          required: true,
          min: 'today',
          max: 'today+1095',
        },
        {
          kind: 'field',
          id: 'weeklyHours',
          type: 'radio',
          label: 'Wie viele Stunden pro Woche?',
          required: true,
          options: [
            { value: '25', label: '25 Stunden, zum Beispiel vormittags' },
            { value: '35', label: '35 Stunden, zum Beispiel vormittags und zwei Nachmittage oder durchgehend bis 14 Uhr' },
            { value: '45', label: '45 Stunden, ganztags' },
          ],
        },
        {
          kind: 'field',
          id: 'careType',
          type: 'checkboxes',
          label: 'Welche Betreuung kommt für Sie infrage?',
          hint: 'Wählen Sie alles aus, was passt.',
          required: true,
          min: 1,
          options: [
            { value: 'kita', label: 'Kindertageseinrichtung (Kita)' },
            { value: 'tagespflege', label: 'Kindertagespflege (Tagesmutter oder Tagesvater)' },
          ],
        },
        {
          kind: 'field',
          id: 'preferredKitas',
          type: 'textarea',
          label: 'Wunsch-Kitas (freiwillig)',
          hint: 'Bis zu drei Kitas in der Reihenfolge Ihrer Wünsche.',
          maxLength: 500,
        },
      ],
    },
    {
      id: 'geschwister',
      title: 'Geschwister',
      items: [
        yesNo('hasSiblings', 'Besucht ein Geschwisterkind schon eine Kita oder Kindertagespflege in {{stadt}}?'),
        {
          kind: 'group',
          id: 'siblings',
          label: 'Geschwisterkinder',
          visibleIf: { field: 'hasSiblings', equals: 'ja' },
          repeat: { min: 1, max: 6, itemLabel: 'Geschwisterkind', addLabel: 'Weiteres Geschwisterkind hinzufügen' },
          fields: [
            givenName({ id: 'siblingName', label: 'Vorname', hint: undefined, autocomplete: undefined }),
            birthDate({ id: 'siblingBirthDate', min: 'today-6575', autocomplete: undefined }),
            { kind: 'field', id: 'siblingCare', type: 'text', label: 'Name der Kita oder Tagespflegeperson', required: true, maxLength: 200 },
          ],
        },
      ],
    },
  ],
  rules: [
    contactRule,
    {
      id: 'careAfterBirth',
      message: 'Der Beginn der Betreuung muss nach dem Geburtsdatum Ihres Kindes liegen',
      fields: ['careStart'],
      check: { type: 'dateOrder', first: 'childBirthDate', second: 'careStart' },
    },
  ],
  declaration: declaration('Ich bin für das Kind sorgeberechtigt. Ändert sich mein Bedarf oder brauche ich den Platz nicht mehr, teile ich das mit.'),
};
