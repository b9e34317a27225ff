import type { FormDefinitionInput } from '../definition';
import { contactPage, contactRule, declaration, familyName, givenName, TEN_MEGABYTES } from './common';

/** Verlustmeldung to the Fundbüro: staff compare it with found items and get in touch on a match. */
export const fundsacheVerlustmeldung: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Verlust beim Fundbüro melden',
  intro:
    'Sie haben in {{stadt}} etwas verloren? Beschreiben Sie den Gegenstand so genau wie möglich. Das Fundbüro vergleicht Ihre Meldung mit den abgegebenen Fundsachen und meldet sich, wenn etwas Passendes dabei ist. Fundsachen aus Bussen der MVG werden zuerst bei der MVG abgegeben.',
  pages: [
    {
      id: 'gegenstand',
      title: 'Was haben Sie verloren?',
      items: [
        {
          kind: 'field',
          id: 'category',
          type: 'select',
          label: 'Art des Gegenstands',
          required: true,
          options: [
            { value: 'geldboerse', label: 'Geldbörse' },
            { value: 'schluessel', label: 'Schlüssel' },
            { value: 'handy', label: 'Handy oder Tablet' },
            { value: 'tasche', label: 'Tasche oder Rucksack' },
            { value: 'dokumente', label: 'Ausweis, Führerschein oder andere Dokumente' },
            { value: 'schmuck', label: 'Schmuck oder Uhr' },
            { value: 'brille', label: 'Brille' },
            { value: 'fahrrad', label: 'Fahrrad' },
            { value: 'kleidung', label: 'Kleidung' },
            { value: 'sonstiges', label: 'Etwas anderes' },
          ],
        },
        {
          kind: 'field',
          id: 'description',
          type: 'textarea',
          label: 'Beschreibung',
          hint: 'Farbe, Marke, Material, besondere Merkmale und was darin war. Bei einem Fahrrad auch die Rahmennummer.',
          required: true,
          minLength: 10,
          maxLength: 2000,
        },
        {
          kind: 'field',
          id: 'photo',
          type: 'file',
          label: 'Foto des Gegenstands (freiwillig)',
          hint: 'Zum Beispiel ein älteres Foto von Ihrem Fahrrad oder Schmuckstück. JPEG oder PNG, höchstens 10 MB.',
          accept: ['image/jpeg', 'image/png'],
          maxFileBytes: TEN_MEGABYTES,
          max: 2,
        },
      ],
    },
    {
      id: 'verlust',
      title: 'Wo und wann haben Sie ihn verloren?',
      items: [
        { kind: 'field', id: 'lostOn', type: 'date', label: 'Wann haben Sie den Verlust bemerkt?', required: true, min: 'today-365', max: 'today' },
        {
          kind: 'field',
          id: 'lostWhere',
          type: 'textarea',
          label: 'Wo haben Sie ihn vermutlich verloren?',
          hint: 'Zum Beispiel Straße, Geschäft, Buslinie oder „{{beispielortFundsache}}“.',
          required: true,
          maxLength: 1000,
        },
      ],
    },
    contactPage([givenName({ hint: undefined }), familyName()]),
  ],
  rules: [contactRule],
  declaration: declaration('Der Gegenstand gehört mir oder ich darf ihn für die Eigentümerin oder den Eigentümer abholen.'),
};
