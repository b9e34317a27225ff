import type { FormDefinitionInput } from '../definition';
import { declaration, email, familyName, givenName, phone, TEN_MEGABYTES, yesNo } from './common';

/** Mängelmeldung ("Schlagloch, Laterne, wilder Müll"): low risk, guests may report without an account. */
export const maengelmeldung: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Mangel melden',
  intro:
    'Melden Sie uns Schäden und Missstände im Stadtgebiet, zum Beispiel ein Schlagloch, eine defekte Straßenlaterne oder wilden Müll. Ihre Angaben zur Person sind freiwillig. Bei Gefahr im Verzug rufen Sie bitte die Polizei (110) oder die Feuerwehr (112) an.',
  pages: [
    {
      id: 'mangel',
      title: 'Was möchten Sie melden?',
      items: [
        {
          kind: 'field',
          id: 'category',
          type: 'radio',
          label: 'Art des Mangels',
          required: true,
          options: [
            { value: 'strasse', label: 'Schaden an Straße, Gehweg oder Radweg' },
            { value: 'beleuchtung', label: 'Straßenbeleuchtung defekt' },
            { value: 'verkehrszeichen', label: 'Verkehrszeichen oder Ampel beschädigt' },
            { value: 'muell', label: 'Wilder Müll' },
            { value: 'verschmutzung', label: 'Verschmutzung oder Graffiti' },
            { value: 'spielplatz', label: 'Spielplatz' },
            { value: 'gruen', label: 'Bäume, Grünflächen oder Hecken' },
            { value: 'sonstiges', label: 'Etwas anderes' },
          ],
        },
        {
          kind: 'field',
          id: 'description',
          type: 'textarea',
          label: 'Beschreiben Sie den Mangel',
          hint: 'Zum Beispiel „Schlagloch etwa 30 cm breit, mitten auf dem Radweg“.',
          required: true,
          minLength: 10,
          maxLength: 2000,
        },
      ],
    },
    {
      id: 'ort',
      title: 'Wo ist der Mangel?',
      items: [
        {
          kind: 'field',
          id: 'location',
          type: 'textarea',
          label: 'Ort',
          hint: 'Straße und Hausnummer oder eine Beschreibung, zum Beispiel „{{beispielortMangel}}“. Bei Straßenlaternen hilft die Nummer am Mast.',
          required: true,
          maxLength: 500,
        },
        {
          kind: 'field',
          id: 'photos',
          type: 'file',
          label: 'Fotos (freiwillig)',
          hint: 'Bis zu drei Fotos, JPEG oder PNG, je höchstens 10 MB.',
          accept: ['image/jpeg', 'image/png'],
          maxFileBytes: TEN_MEGABYTES,
          max: 3,
        },
      ],
    },
    {
      id: 'kontakt',
      title: 'Möchten Sie eine Rückmeldung?',
      items: [
        yesNo('wantsFeedback', 'Sollen wir Ihnen sagen, wenn der Mangel behoben ist?', { hint: 'Dafür brauchen wir Ihre E-Mail-Adresse.' }),
        givenName({ required: false, hint: undefined, visibleIf: { field: 'wantsFeedback', equals: 'ja' } }),
        familyName({ required: false, visibleIf: { field: 'wantsFeedback', equals: 'ja' } }),
        email({ required: true, hint: undefined, visibleIf: { field: 'wantsFeedback', equals: 'ja' } }),
        phone({ hint: 'Nur für Rückfragen zum Mangel.', visibleIf: { field: 'wantsFeedback', equals: 'ja' } }),
      ],
    },
  ],
  declaration: declaration('Ich habe den Mangel selbst gesehen.'),
};
