import type { FormDefinitionInput } from '../definition';
import { address, declaration, email, familyName, givenName, phone, yesNo } from './common';

/**
 * SEPA-Lastschriftmandat for municipal levies paid to the Stadtkasse. The Gläubiger-Identifikationsnummer
 * and the Mandatsreferenz are announced before the first debit (pre-notification), so the form asks
 * neither.
 */
export const sepaLastschriftmandat: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'SEPA-Lastschriftmandat für städtische Abgaben erteilen',
  intro:
    'Mit einem SEPA-Lastschriftmandat buchen wir Steuern und Gebühren zum Fälligkeitstag von Ihrem Konto ab. So verpassen Sie keinen Termin und zahlen keine Mahngebühren. Das Mandat gilt, bis Sie es widerrufen. Vor der ersten Abbuchung teilen wir Ihnen die Mandatsreferenz und unsere Gläubiger-Identifikationsnummer mit.',
  pages: [
    {
      id: 'zahler',
      title: 'Für wen gilt das Mandat?',
      hint: 'Angaben der Person, an die der Bescheid gerichtet ist.',
      items: [givenName({ hint: undefined }), familyName(), address({ hint: 'Die Anschrift, an die wir Ihre Bescheide schicken.' }), email(), phone()],
    },
    {
      id: 'abgaben',
      title: 'Welche Beträge sollen wir abbuchen?',
      items: [
        {
          kind: 'field',
          id: 'levies',
          type: 'checkboxes',
          label: 'Abgaben',
          hint: 'Wählen Sie alles aus, was abgebucht werden soll.',
          required: true,
          min: 1,
          options: [
            { value: 'grundsteuer', label: 'Grundsteuer' },
            { value: 'abfall', label: 'Abfallgebühren' },
            { value: 'strassenreinigung', label: 'Straßenreinigungsgebühren' },
            { value: 'abwasser', label: 'Abwassergebühren' },
            { value: 'hundesteuer', label: 'Hundesteuer' },
            { value: 'gewerbesteuer', label: 'Gewerbesteuer' },
            { value: 'elternbeitraege', label: 'Elternbeiträge für Kita oder Offene Ganztagsschule' },
          ],
        },
        {
          kind: 'field',
          id: 'cashReferences',
          type: 'text',
          label: 'Kassenzeichen',
          hint: 'Steht oben auf Ihrem Bescheid. Mehrere Kassenzeichen trennen Sie mit Komma.',
          required: true,
          maxLength: 200,
          pattern: '^[0-9./ -]{4,30}(, *[0-9./ -]{4,30})*$',
          patternMessage: 'Geben Sie das Kassenzeichen so an, wie es auf dem Bescheid steht, mehrere mit Komma getrennt',
        },
      ],
    },
    {
      id: 'konto',
      title: 'Ihre Bankverbindung',
      items: [
        { kind: 'field', id: 'iban', type: 'iban', label: 'IBAN', hint: 'Zum Beispiel DE89 3704 0044 0532 0130 00', required: true, width: '20' },
        yesNo('payerIsAccountHolder', 'Sind Sie Inhaberin oder Inhaber des Kontos?'),
        {
          kind: 'field',
          id: 'accountHolder',
          type: 'text',
          label: 'Name der Kontoinhaberin oder des Kontoinhabers',
          required: true,
          maxLength: 140,
          visibleIf: { field: 'payerIsAccountHolder', equals: 'nein' },
        },
        address({
          id: 'accountHolderAddress',
          label: 'Anschrift der Kontoinhaberin oder des Kontoinhabers',
          visibleIf: { field: 'payerIsAccountHolder', equals: 'nein' },
        }),
        {
          kind: 'field',
          id: 'accountHolderConsent',
          type: 'declaration',
          label: 'Die Kontoinhaberin oder der Kontoinhaber hat mich beauftragt, dieses Mandat in ihrem oder seinem Namen zu erteilen.',
          required: true,
          visibleIf: { field: 'payerIsAccountHolder', equals: 'nein' },
        },
      ],
    },
  ],
  declaration: declaration(
    'Ich ermächtige die {{behoerde}}, die ausgewählten Abgaben von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der {{behoerde}} auf mein Konto gezogenen Lastschriften einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrags verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.',
  ),
};
