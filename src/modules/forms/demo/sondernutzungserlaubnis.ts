import type { FormDefinitionInput } from '../definition';
import { address, contactPage, contactRule, declaration, DOCUMENT_TYPES, familyName, givenName, TEN_MEGABYTES } from './common';

/**
 * Sondernutzungserlaubnis (§ 18 StrWG NRW) for using a public street beyond the ordinary traffic. The fee
 * follows the Sondernutzungssatzung and depends on area, duration and street class, so it is set in the
 * Bescheid and paid afterwards; the form computes none.
 */
export const sondernutzungserlaubnis: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Sondernutzung einer öffentlichen Straße beantragen',
  intro:
    'Wenn Sie Gehweg, Straße oder Platz für mehr als den üblichen Verkehr nutzen wollen, brauchen Sie eine Sondernutzungserlaubnis: zum Beispiel für Tische und Stühle vor Ihrem Café, einen Container, ein Gerüst oder einen Informationsstand. Stellen Sie den Antrag mindestens zwei Wochen vorher. Die Gebühr richtet sich nach der Sondernutzungssatzung der {{behoerde}}; Sie erhalten sie mit dem Bescheid.',
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
            { value: 'privat', label: 'als Privatperson' },
            { value: 'firma', label: 'für eine Firma, einen Verein oder eine Organisation' },
          ],
        },
        {
          kind: 'field',
          id: 'organisation',
          type: 'text',
          label: 'Name der Firma, des Vereins oder der Organisation',
          required: true,
          maxLength: 200,
          autocomplete: 'organization',
          visibleIf: { field: 'applicantType', equals: 'firma' },
        },
        givenName({ hint: undefined }),
        familyName(),
        address({ hint: 'An diese Anschrift schicken wir den Bescheid.' }),
      ],
    },
    contactPage(),
    {
      id: 'nutzung',
      title: 'Was möchten Sie aufstellen oder durchführen?',
      items: [
        {
          kind: 'field',
          id: 'usageType',
          type: 'select',
          label: 'Art der Nutzung',
          required: true,
          options: [
            { value: 'aussengastronomie', label: 'Tische und Stühle (Außengastronomie)' },
            { value: 'warenauslage', label: 'Warenauslage oder Werbeaufsteller vor dem Geschäft' },
            { value: 'geruest', label: 'Gerüst' },
            { value: 'container', label: 'Container, Baustelleneinrichtung oder Materiallager' },
            { value: 'infostand', label: 'Informationsstand' },
            { value: 'plakate', label: 'Plakate oder Werbeanlagen' },
            { value: 'sonstiges', label: 'Etwas anderes' },
          ],
        },
        {
          kind: 'field',
          id: 'description',
          type: 'textarea',
          label: 'Beschreiben Sie die Nutzung',
          hint: 'Zum Beispiel „6 Tische und 24 Stühle, täglich von 10 bis 22 Uhr“ oder „Absetzcontainer 7 m³ für Renovierungsabfälle“.',
          required: true,
          maxLength: 2000,
        },
      ],
    },
    {
      id: 'ort',
      title: 'Wo und wie lange?',
      items: [
        {
          kind: 'field',
          id: 'location',
          type: 'text',
          label: 'Straße und Hausnummer',
          hint: 'Wo genau auf der Straße, dem Gehweg oder dem Platz.',
          required: true,
          maxLength: 200,
        },
        { kind: 'field', id: 'area', type: 'number', label: 'Benötigte Fläche', required: true, min: 0.5, max: 10000, decimals: 1, unit: 'm²', width: '5' },
        {
          kind: 'field',
          id: 'sitePlan',
          type: 'file',
          label: 'Lageplan oder Skizze',
          hint: 'Zeichnen Sie ein, wo und wie groß die Fläche ist und wie viel Gehweg frei bleibt. Ein Foto einer Handskizze genügt. PDF, JPEG oder PNG, höchstens 10 MB.',
          required: true,
          accept: DOCUMENT_TYPES,
          maxFileBytes: TEN_MEGABYTES,
          max: 3,
        },
        { kind: 'field', id: 'dateFrom', type: 'date', label: 'Von', required: true, min: 'today+14', max: 'today+730' },
        { kind: 'field', id: 'dateTo', type: 'date', label: 'Bis', required: true, min: 'today+14', max: 'today+1095' },
      ],
    },
  ],
  rules: [
    contactRule,
    {
      id: 'periodOrder',
      message: 'Das Ende muss am selben Tag wie der Beginn oder danach liegen und darf höchstens ein Jahr später sein',
      fields: ['dateTo'],
      check: { type: 'dateOrder', first: 'dateFrom', second: 'dateTo', allowEqual: true, maxDays: 365 },
    },
  ],
  declaration: declaration(
    'Ich halte die Auflagen der Erlaubnis ein, sichere die genutzte Fläche und hinterlasse sie sauber. Für Schäden an der Straße hafte ich.',
  ),
};
