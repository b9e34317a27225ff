import type { FormDefinitionInput } from '../definition';
import { address, contactPage, contactRule, declaration, familyName, givenName } from './common';

/**
 * Antrag auf Informationszugang nach dem Informationsfreiheitsgesetz NRW (§ 4, § 5 IFG NRW). Costs follow
 * the Verwaltungsgebührenordnung zum IFG NRW and are only known after the request is processed, so the
 * applicant sets a limit above which we ask first.
 */
export const akteneinsichtIfg: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Informationen nach dem Informationsfreiheitsgesetz anfragen',
  intro:
    'Nach dem Informationsfreiheitsgesetz NRW hat jede Person das Recht, Informationen und Akten der {{behoerde}} einzusehen, ohne einen Grund zu nennen. Wir antworten in der Regel innerhalb eines Monats. Einfache Auskünfte sind kostenlos; für aufwändige Anfragen können Gebühren bis 500 Euro entstehen. Vorher sagen wir Ihnen Bescheid.',
  pages: [
    {
      id: 'anliegen',
      title: 'Welche Informationen möchten Sie?',
      items: [
        {
          kind: 'field',
          id: 'request',
          type: 'textarea',
          label: 'Beschreiben Sie die Informationen',
          hint: 'Je genauer, desto schneller können wir antworten. Zum Beispiel „Verkehrszählungen an der Baarstraße aus den Jahren 2024 und 2025“.',
          required: true,
          minLength: 20,
          maxLength: 5000,
        },
        {
          kind: 'field',
          id: 'fileReference',
          type: 'text',
          label: 'Aktenzeichen oder Vorgangsnummer (freiwillig)',
          hint: 'Falls Sie es kennen.',
          maxLength: 100,
        },
      ],
    },
    {
      id: 'zugang',
      title: 'Wie möchten Sie die Informationen bekommen?',
      items: [
        {
          kind: 'field',
          id: 'accessType',
          type: 'radio',
          label: 'Art des Zugangs',
          required: true,
          options: [
            { value: 'auskunft', label: 'Schriftliche Auskunft' },
            { value: 'kopie-elektronisch', label: 'Kopien per E-Mail' },
            { value: 'kopie-post', label: 'Kopien per Post' },
            { value: 'einsicht', label: 'Einsicht in die Akten im Rathaus' },
          ],
        },
        {
          kind: 'field',
          id: 'costLimit',
          type: 'number',
          label: 'Bis zu welchem Betrag dürfen Kosten entstehen, ohne dass wir Sie vorher fragen? (freiwillig)',
          hint: 'Lassen Sie das Feld leer, wenn wir Sie vor allen Kosten fragen sollen.',
          min: 0,
          max: 500,
          decimals: 2,
          unit: 'Euro',
          width: '5',
        },
      ],
    },
    {
      id: 'person',
      title: 'Ihre Angaben',
      hint: 'Wir brauchen Ihren Namen und Ihre Anschrift für den Bescheid.',
      items: [givenName({ hint: undefined }), familyName(), address()],
    },
    contactPage(),
  ],
  rules: [contactRule],
  declaration: declaration('Mir ist bekannt, dass Rechte Dritter, zum Beispiel Datenschutz oder Geschäftsgeheimnisse, den Zugang einschränken können.'),
};
