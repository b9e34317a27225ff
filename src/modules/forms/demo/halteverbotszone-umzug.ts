import { formatMoney } from '../../../kernel/views/format';
import type { FormDefinitionInput } from '../definition';
import { address, contactPage, contactRule, declaration, familyName, givenName } from './common';

export const HALTEVERBOT_BASE_FEE_CENTS = 3500;
export const HALTEVERBOT_FEE_PER_DAY_CENTS = 500;
export const HALTEVERBOT_SIGN_RENTAL_CENTS = 2000;
/** § 46 StVO exception for a move: at most two weeks. */
export const HALTEVERBOT_MAX_DAYS = 14;

const TIME_PATTERN = '^([01]?[0-9]|2[0-3]):[0-5][0-9]$';

/** Temporary no-stopping zone (Haltverbot, Zeichen 283) for a move: § 45 and § 46 StVO. */
export const halteverbotszoneUmzug: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Haltverbotszone für einen Umzug beantragen',
  intro: `Für Ihren Umzug können Sie vor dem Haus ein befristetes Haltverbot einrichten lassen, damit der Umzugswagen dort halten darf. Die Schilder müssen mindestens 72 Stunden vorher stehen. Stellen Sie den Antrag deshalb mindestens eine Woche vor dem Umzug. Die Gebühr beträgt ${formatMoney(HALTEVERBOT_BASE_FEE_CENTS)} und ${formatMoney(HALTEVERBOT_FEE_PER_DAY_CENTS)} je Tag; leihen Sie die Schilder bei der Stadt, kommen ${formatMoney(HALTEVERBOT_SIGN_RENTAL_CENTS)} hinzu. Sie bezahlen beim Absenden online.`,
  pages: [
    {
      id: 'antragsteller',
      title: 'Wer stellt den Antrag?',
      items: [
        {
          kind: 'field',
          id: 'applicantType',
          type: 'radio',
          label: 'Sie stellen den Antrag',
          required: true,
          options: [
            { value: 'privat', label: 'für Ihren eigenen Umzug' },
            { value: 'firma', label: 'als Umzugsunternehmen für Kundinnen und Kunden' },
          ],
        },
        {
          kind: 'field',
          id: 'company',
          type: 'text',
          label: 'Name des Umzugsunternehmens',
          required: true,
          maxLength: 200,
          autocomplete: 'organization',
          visibleIf: { field: 'applicantType', equals: 'firma' },
        },
        givenName({ hint: undefined }),
        familyName(),
        address({ hint: 'An diese Anschrift schicken wir die Genehmigung.' }),
      ],
    },
    contactPage(),
    {
      id: 'ort',
      title: 'Wo soll das Haltverbot gelten?',
      items: [
        { kind: 'field', id: 'street', type: 'text', label: 'Straße', required: true, maxLength: 100 },
        { kind: 'field', id: 'houseNumber', type: 'text', label: 'Hausnummer', required: true, maxLength: 10, width: '5' },
        {
          kind: 'field',
          id: 'zoneLength',
          type: 'number',
          label: 'Länge der Haltverbotszone',
          hint: 'Für einen Transporter genügen meist 15 Meter, für einen Lkw mit Anhänger 25 Meter.',
          required: true,
          min: 10,
          max: 30,
          decimals: 0,
          unit: 'm',
          width: '4',
        },
        {
          kind: 'field',
          id: 'sideOfStreet',
          type: 'radio',
          label: 'Auf welcher Straßenseite?',
          required: true,
          options: [
            { value: 'hausseite', label: 'Auf der Seite des Hauses' },
            { value: 'gegenueber', label: 'Auf der gegenüberliegenden Seite' },
            { value: 'beide', label: 'Auf beiden Seiten' },
          ],
        },
      ],
    },
    {
      id: 'zeitraum',
      title: 'Wann brauchen Sie das Haltverbot?',
      hint: `Höchstens ${HALTEVERBOT_MAX_DAYS} Tage. Die Gebühr richtet sich nach der Zahl der Tage.`,
      items: [
        { kind: 'field', id: 'dateFrom', type: 'date', label: 'Erster Tag', required: true, min: 'today+7', max: 'today+180' },
        { kind: 'field', id: 'dateTo', type: 'date', label: 'Letzter Tag', required: true, min: 'today+7', max: 'today+194' },
        {
          kind: 'field',
          id: 'days',
          type: 'number',
          label: 'An wie vielen Tagen brauchen Sie das Haltverbot?',
          hint: 'Zählen Sie den ersten und den letzten Tag mit, zum Beispiel 2 für Freitag und Samstag.',
          required: true,
          min: 1,
          max: HALTEVERBOT_MAX_DAYS,
          decimals: 0,
          width: '2',
        },
        {
          kind: 'field',
          id: 'timeFrom',
          type: 'text',
          label: 'Täglich von (Uhrzeit)',
          hint: 'Zum Beispiel 7:00',
          required: true,
          pattern: TIME_PATTERN,
          patternMessage: 'Geben Sie die Uhrzeit im Format 7:00 an',
          width: '5',
        },
        {
          kind: 'field',
          id: 'timeTo',
          type: 'text',
          label: 'Täglich bis (Uhrzeit)',
          hint: 'Zum Beispiel 18:00',
          required: true,
          pattern: TIME_PATTERN,
          patternMessage: 'Geben Sie die Uhrzeit im Format 18:00 an',
          width: '5',
        },
      ],
    },
    {
      id: 'schilder',
      title: 'Wer stellt die Schilder auf?',
      items: [
        {
          kind: 'field',
          id: 'signs',
          type: 'radio',
          label: 'Schilder',
          hint: 'Die Schilder müssen mindestens 72 Stunden vor Beginn stehen. Die Stadt kontrolliert das.',
          required: true,
          options: [
            {
              value: 'leihe',
              label: `Ich leihe zwei Haltverbotsschilder bei der Stadt (${formatMoney(HALTEVERBOT_SIGN_RENTAL_CENTS)}) und stelle sie selbst auf`,
            },
            { value: 'eigene', label: 'Ein Umzugsunternehmen oder ein Schilderverleih stellt die Schilder auf' },
          ],
        },
      ],
    },
  ],
  rules: [
    contactRule,
    {
      id: 'periodOrder',
      message: `Der letzte Tag muss am selben Tag wie der erste Tag oder danach liegen, höchstens ${HALTEVERBOT_MAX_DAYS} Tage später`,
      fields: ['dateTo'],
      check: { type: 'dateOrder', first: 'dateFrom', second: 'dateTo', allowEqual: true, maxDays: HALTEVERBOT_MAX_DAYS - 1 },
    },
  ],
  fee: {
    base: HALTEVERBOT_BASE_FEE_CENTS,
    baseLabel: 'Verwaltungsgebühr für die Ausnahmegenehmigung (§ 46 StVO)',
    lines: [
      { label: 'Tagesgebühr für das Haltverbot', amount: HALTEVERBOT_FEE_PER_DAY_CENTS, per: 'days' },
      { label: 'Leihgebühr für zwei Haltverbotsschilder', amount: HALTEVERBOT_SIGN_RENTAL_CENTS, when: { field: 'signs', equals: 'leihe' } },
    ],
  },
  declaration: declaration(
    'Ich stelle die Schilder rechtzeitig auf, dokumentiere das mit Fotos und entferne sie nach dem Umzug. Parkende Fahrzeuge lasse ich nicht selbst abschleppen, sondern wende mich an das Ordnungsamt.',
  ),
};
