import type { FormDefinitionInput } from '../definition';
import { address, birthDate, contactRule, declaration, email, familyName, givenName, phone } from './common';

/** The same for the einfache and the erweiterte Meldebescheinigung. */
export const MELDEBESCHEINIGUNG_FEE_CENTS = 500;

/** Meldebescheinigung (§ 18 BMG) for oneself, sent to the registered address only. */
export const meldebescheinigung: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Meldebescheinigung beantragen',
  intro:
    'Mit einer Meldebescheinigung weisen Sie nach, wo Sie gemeldet sind, zum Beispiel gegenüber einem Arbeitgeber oder einer Behörde. Sie können sie nur für sich selbst beantragen. Wir schicken sie per Post an Ihre Anschrift im Melderegister.',
  pages: [
    {
      id: 'person',
      title: 'Ihre Angaben',
      hint: 'Geben Sie Ihre Angaben so an, wie sie im Melderegister stehen.',
      items: [
        givenName(),
        familyName(),
        {
          kind: 'field',
          id: 'birthName',
          type: 'text',
          label: 'Geburtsname (freiwillig)',
          hint: 'Nur wenn er sich von Ihrem Familiennamen unterscheidet.',
          maxLength: 100,
        },
        birthDate(),
        { kind: 'field', id: 'birthPlace', type: 'text', label: 'Geburtsort', required: true, maxLength: 100 },
        address({ label: 'Ihre Anschrift in {{stadt}}' }),
      ],
    },
    {
      id: 'art',
      title: 'Welche Meldebescheinigung brauchen Sie?',
      items: [
        {
          kind: 'field',
          id: 'certificateType',
          type: 'radio',
          label: 'Art der Meldebescheinigung',
          hint: 'Wenn Sie nicht wissen, welche Sie brauchen, fragen Sie die Stelle, die die Bescheinigung verlangt.',
          required: true,
          options: [
            { value: 'einfach', label: 'Einfache Meldebescheinigung: Name, Geburtsdatum und Anschrift' },
            { value: 'erweitert', label: 'Erweiterte Meldebescheinigung: zusätzlich zum Beispiel Familienstand, Staatsangehörigkeit und frühere Anschriften' },
          ],
        },
        {
          kind: 'field',
          id: 'purpose',
          type: 'text',
          label: 'Wofür brauchen Sie die Bescheinigung? (freiwillig)',
          hint: 'Zum Beispiel für den Arbeitgeber oder die Familienkasse.',
          maxLength: 200,
        },
      ],
    },
    {
      id: 'kontakt',
      title: 'Wie können wir Sie erreichen?',
      hint: 'Für Rückfragen. Die Bescheinigung selbst kommt per Post an Ihre Anschrift im Melderegister.',
      items: [email(), phone()],
    },
  ],
  rules: [contactRule],
  fee: { base: MELDEBESCHEINIGUNG_FEE_CENTS, baseLabel: 'Meldebescheinigung' },
  declaration: declaration('Ich beantrage die Meldebescheinigung für mich selbst.'),
};
