import type { FormDefinitionInput } from '../definition';
import { address, contactPage, contactRule, declaration, familyName, givenName } from './common';

/** Abmeldung of a dog; tax paid for months after the end is refunded to the account given here. */
export const hundesteuerAbmeldung: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Hund von der Hundesteuer abmelden',
  intro:
    'Melden Sie Ihren Hund ab, wenn Sie ihn nicht mehr halten, zum Beispiel weil er gestorben ist, Sie ihn abgegeben haben oder Sie aus {{stadt}} wegziehen. Die Steuerpflicht endet mit dem Ende des Monats. Zu viel gezahlte Steuer erstatten wir Ihnen.',
  pages: [
    {
      id: 'halter',
      title: 'Ihre Angaben',
      items: [
        givenName(),
        familyName(),
        address({ hint: 'Die Anschrift, unter der Sie den Hund angemeldet haben.' }),
        {
          kind: 'field',
          id: 'cashReference',
          type: 'text',
          label: 'Kassenzeichen (freiwillig)',
          hint: 'Steht oben auf Ihrem Hundesteuerbescheid. Damit finden wir Ihre Anmeldung schneller.',
          maxLength: 30,
          width: '20',
        },
      ],
    },
    {
      id: 'hund',
      title: 'Welchen Hund melden Sie ab?',
      items: [
        { kind: 'field', id: 'dogName', type: 'text', label: 'Name des Hundes', required: true, maxLength: 60, width: '20' },
        { kind: 'field', id: 'tagNumber', type: 'text', label: 'Nummer der Hundesteuermarke (freiwillig)', maxLength: 20, width: '10' },
        {
          kind: 'field',
          id: 'reason',
          type: 'radio',
          label: 'Warum melden Sie den Hund ab?',
          required: true,
          options: [
            { value: 'verstorben', label: 'Der Hund ist gestorben' },
            { value: 'abgegeben', label: 'Ich habe den Hund abgegeben, verkauft oder verschenkt' },
            { value: 'wegzug', label: 'Ich ziehe mit dem Hund aus {{stadt}} weg' },
            { value: 'entlaufen', label: 'Der Hund ist entlaufen' },
          ],
        },
        {
          kind: 'field',
          id: 'endDate',
          type: 'date',
          label: 'Seit wann halten Sie den Hund nicht mehr in {{stadt}}?',
          hint: 'Bei einem Wegzug das Datum des Umzugs.',
          required: true,
          min: 'today-730',
          max: 'today+60',
        },
      ],
    },
    {
      id: 'verbleib',
      title: 'Wo ist der Hund jetzt?',
      visibleIf: { field: 'reason', in: ['abgegeben', 'wegzug'] },
      items: [
        {
          kind: 'field',
          id: 'newKeeperName',
          type: 'text',
          label: 'Name der neuen Halterin oder des neuen Halters',
          required: true,
          maxLength: 200,
          visibleIf: { field: 'reason', equals: 'abgegeben' },
        },
        address({ id: 'newKeeperAddress', label: 'Anschrift der neuen Halterin oder des neuen Halters', visibleIf: { field: 'reason', equals: 'abgegeben' } }),
        address({ id: 'newAddress', label: 'Ihre neue Anschrift', visibleIf: { field: 'reason', equals: 'wegzug' } }),
      ],
    },
    contactPage(),
    {
      id: 'erstattung',
      title: 'Erstattung zu viel gezahlter Steuer',
      hint: 'Zahlen Sie die Hundesteuer per Lastschrift, erstatten wir auf dasselbe Konto. Dann können Sie diese Seite leer lassen.',
      items: [
        { kind: 'field', id: 'refundIban', type: 'iban', label: 'IBAN (freiwillig)', hint: 'Zum Beispiel DE89 3704 0044 0532 0130 00', width: '20' },
        {
          kind: 'field',
          id: 'refundAccountHolder',
          type: 'text',
          label: 'Kontoinhaberin oder Kontoinhaber',
          required: true,
          maxLength: 140,
          visibleIf: { field: 'refundIban', filled: true },
        },
      ],
    },
  ],
  rules: [contactRule],
  declaration: declaration('Ich gebe die Hundesteuermarke per Post oder im Bürgeramt zurück, sofern der Hund sie nicht verloren hat.'),
};
