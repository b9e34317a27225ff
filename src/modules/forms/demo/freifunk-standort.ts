import type { FormDefinitionInput } from '../definition';
import { address, contactPage, contactRule, declaration, familyName, givenName, yesNo } from './common';

/**
 * A place for a Freifunk node (issue 12, "Internet für alle"): a shop, club or household offers to run
 * a router with Freifunk firmware; the city answers with what it provides (a router, mounting, a roof).
 * Guests may apply: hosts are often clubs and shops without a citizen account.
 */
export const freifunkStandort: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Freifunk-Standort anbieten',
  intro:
    'Sie möchten in {{stadt}} freies WLAN mit Freifunk anbieten? Sagen Sie uns, wo, und welche Unterstützung Sie brauchen. Wir melden uns bei Ihnen und bringen Sie mit {{freifunkGemeinschaft}} zusammen.',
  pages: [
    {
      id: 'standort',
      title: 'Wo möchten Sie Freifunk anbieten?',
      items: [
        {
          kind: 'field',
          id: 'siteKind',
          type: 'radio',
          label: 'Was für ein Ort ist das?',
          required: true,
          options: [
            { value: 'geschaeft', label: 'Geschäft, Café oder Gaststätte' },
            { value: 'verein', label: 'Verein, Initiative oder Kirchengemeinde' },
            { value: 'unternehmen', label: 'Unternehmen oder Praxis' },
            { value: 'privat', label: 'Privathaushalt' },
            { value: 'sonstiges', label: 'Etwas anderes' },
          ],
        },
        {
          kind: 'field',
          id: 'organisation',
          type: 'text',
          label: 'Name des Geschäfts, Vereins oder Unternehmens',
          required: true,
          maxLength: 200,
          visibleIf: { field: 'siteKind', in: ['geschaeft', 'verein', 'unternehmen'] },
        },
        address({ id: 'siteAddress', label: 'Anschrift des Standorts in {{stadt}}' }),
        {
          kind: 'field',
          id: 'siteDescription',
          type: 'textarea',
          label: 'Wo soll der Router hin, und wen erreicht das WLAN?',
          hint: 'Zum Beispiel „Schaufenster zum Marktplatz, erreicht die Bushaltestelle und die Bänke davor“.',
          required: true,
          minLength: 10,
          maxLength: 1000,
        },
      ],
    },
    {
      id: 'technik',
      title: 'Internetanschluss und Unterstützung',
      items: [
        yesNo('hasInternet', 'Gibt es am Standort einen Internetanschluss, den Sie teilen dürfen?', {
          hint: 'Freifunk leitet den Verkehr verschlüsselt über die Server der Gemeinschaft. Sie haften nicht für das, was andere im Netz tun.',
        }),
        {
          kind: 'field',
          id: 'support',
          type: 'checkboxes',
          label: 'Welche Unterstützung wünschen Sie? (freiwillig)',
          hint: 'Wählen Sie alles aus, was passt.',
          options: [
            { value: 'router', label: 'Einen Router mit Freifunk-Firmware' },
            { value: 'montage', label: 'Hilfe beim Anbringen, zum Beispiel einer Außenantenne' },
            { value: 'dach', label: 'Einen Standort auf einem städtischen Gebäude in der Nähe' },
            { value: 'beratung', label: 'Beratung durch {{freifunkGemeinschaft}}' },
          ],
        },
      ],
    },
    {
      id: 'person',
      title: 'Ihre Angaben',
      items: [givenName(), familyName(), address({ hint: 'Wenn Sie nicht am Standort wohnen oder arbeiten: Ihre eigene Anschrift.' })],
    },
    contactPage(),
  ],
  rules: [contactRule],
  declaration: declaration(
    'Ich darf am Standort einen Router betreiben, oder die Eigentümerin oder der Eigentümer ist einverstanden. Ich bin einverstanden, dass die Stadt meine Kontaktdaten an {{freifunkGemeinschaft}} weitergibt.',
  ),
};
