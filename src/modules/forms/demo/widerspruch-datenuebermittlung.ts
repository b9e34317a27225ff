import type { FormDefinitionInput } from '../definition';
import { address, birthDate, declaration, email, familyName, givenName, yesNo } from './common';

/**
 * Widerspruch gegen Datenübermittlungen aus dem Melderegister: the five transfers the Bundesmeldegesetz
 * lets residents object to, free of charge and valid until revoked.
 */
export const widerspruchDatenuebermittlung: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Weitergabe Ihrer Meldedaten widersprechen',
  intro:
    'Die Meldebehörde darf einige Ihrer Daten ohne Ihre Einwilligung an bestimmte Stellen weitergeben, zum Beispiel an Parteien vor Wahlen. Dem können Sie widersprechen. Der Widerspruch ist kostenlos und gilt, bis Sie ihn zurücknehmen. Sie können ihn auch für Ihre minderjährigen Kinder einlegen.',
  pages: [
    {
      id: 'person',
      title: 'Ihre Angaben',
      hint: 'Geben Sie Ihre Angaben so an, wie sie im Melderegister stehen.',
      items: [
        givenName(),
        familyName(),
        birthDate(),
        address({ label: 'Ihre Anschrift in {{stadt}}' }),
        email({ hint: 'Für die Bestätigung Ihres Widerspruchs. Ohne E-Mail-Adresse schicken wir sie per Post.' }),
      ],
    },
    {
      id: 'widerspruch',
      title: 'Welcher Weitergabe widersprechen Sie?',
      items: [
        {
          kind: 'field',
          id: 'objections',
          type: 'checkboxes',
          label: 'Ich widerspreche der Weitergabe meiner Daten',
          hint: 'Wählen Sie alles aus, was Sie nicht möchten.',
          required: true,
          min: 1,
          options: [
            { value: 'parteien', label: 'an Parteien, Wählergruppen und andere Träger von Wahlvorschlägen vor Wahlen und Abstimmungen (§ 50 Abs. 1 BMG)' },
            { value: 'jubilaeen', label: 'an Mandatsträger, Presse und Rundfunk über Alters- und Ehejubiläen (§ 50 Abs. 2 BMG)' },
            { value: 'adressbuch', label: 'an Adressbuchverlage (§ 50 Abs. 3 BMG)' },
            { value: 'bundeswehr', label: 'an das Bundesamt für das Personalmanagement der Bundeswehr für Informationsmaterial (§ 36 Abs. 2 BMG)' },
            {
              value: 'religion',
              label: 'an eine öffentlich-rechtliche Religionsgesellschaft, der ein Familienmitglied angehört, wenn ich ihr nicht angehöre (§ 42 Abs. 3 BMG)',
            },
          ],
        },
      ],
    },
    {
      id: 'kinder',
      title: 'Ihre Kinder',
      items: [
        yesNo('forChildren', 'Soll der Widerspruch auch für Ihre minderjährigen Kinder gelten?', {
          hint: 'Nur für Kinder, die bei Ihnen gemeldet sind und für die Sie sorgeberechtigt sind.',
        }),
        {
          kind: 'group',
          id: 'children',
          label: 'Kinder',
          visibleIf: { field: 'forChildren', equals: 'ja' },
          repeat: { min: 1, max: 10, itemLabel: 'Kind', addLabel: 'Weiteres Kind hinzufügen' },
          fields: [
            givenName({ id: 'childGivenName', label: 'Vorname', hint: undefined, autocomplete: undefined }),
            familyName({ id: 'childFamilyName', autocomplete: undefined }),
            birthDate({ id: 'childBirthDate', min: 'today-6575', autocomplete: undefined }),
          ],
        },
      ],
    },
  ],
  declaration: declaration('Ich bin für die genannten Kinder sorgeberechtigt, sofern ich den Widerspruch auch für sie einlege.'),
};
