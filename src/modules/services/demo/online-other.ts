import type { NewService } from '../tables';
import { demoService } from './departments';

/** Further online Leistungen: elections, childcare, access to information, direct debit. */
export const ONLINE_OTHER_SERVICES: NewService[] = [
  demoService('wahlamt', {
    slug: 'briefwahl',
    name: 'Briefwahl beantragen',
    summary: 'Sie können am Wahltag nicht ins Wahllokal? Beantragen Sie die Briefwahlunterlagen und wählen Sie per Post.',
    description:
      'Mit einem Wahlschein können Sie per Brief wählen. Wir schicken Ihnen den Wahlschein, den Stimmzettel und die Umschläge an Ihre Meldeanschrift oder an eine andere Anschrift, zum Beispiel Ihren Urlaubsort.\n\nDen Antrag können Sie stellen, sobald Sie Ihre Wahlbenachrichtigung erhalten haben, spätestens am Freitag vor der Wahl um 15 Uhr. Der Wahlbrief muss am Wahltag bis 18 Uhr beim Wahlamt sein.',
    eligibility: 'Wahlberechtigte Personen, die im Wählerverzeichnis der Stadt Iserlohn stehen. Für andere Personen nur mit schriftlicher Vollmacht.',
    requiredDocuments: ['Ihre Wahlbenachrichtigung (die Angaben daraus) oder Ihr Geburtsdatum'],
    fees: 'Die Briefwahl ist gebührenfrei. Das Porto für den Wahlbrief zahlen wir innerhalb Deutschlands.',
    processingTime: 'Wir verschicken die Unterlagen in der Regel innerhalb von 3 Werktagen, sobald die Stimmzettel gedruckt sind.',
    processingDays: 3,
    legalBases: [
      { title: '§ 25 Bundeswahlordnung (BWO)', url: 'https://www.gesetze-im-internet.de/bwo_1985/__25.html' },
      { title: '§ 19 Kommunalwahlordnung NRW' },
    ],
    ozgLevel: 3,
    onlineApplication: true,
    lifeSituations: ['wahlen'],
    keywords: 'Wahlschein Briefwahlunterlagen Wahl Bundestagswahl Kommunalwahl Landtagswahl Europawahl',
  }),
  demoService('jugendamt', {
    slug: 'kita-vormerkung',
    name: 'Kinderbetreuungsplatz vormerken (Kita und Tagespflege)',
    summary: 'Melden Sie Ihren Bedarf an einem Platz in einer Kindertageseinrichtung oder bei einer Tagesmutter oder einem Tagesvater an.',
    description:
      'Kinder haben ab dem ersten Geburtstag einen Rechtsanspruch auf einen Betreuungsplatz. Melden Sie Ihren Bedarf möglichst früh an, spätestens 6 Monate bevor Sie den Platz brauchen. Sie können bis zu drei Wunsch-Kitas angeben.\n\nDie Vormerkung ist noch keine Zusage. Die Plätze vergeben die Kitas; das Jugendamt berät Sie und hilft, wenn Sie keinen Platz finden.',
    eligibility: 'Eltern und andere Sorgeberechtigte, die mit dem Kind in Iserlohn wohnen oder bald dorthin ziehen.',
    requiredDocuments: ['Geburtsdatum des Kindes (bei ungeborenen Kindern: voraussichtlicher Geburtstermin)', 'gewünschter Beginn und Betreuungsumfang (25, 35 oder 45 Stunden pro Woche)'],
    fees: 'Die Vormerkung ist gebührenfrei. Für die Betreuung erhebt die Stadt einkommensabhängige Elternbeiträge; das letzte Kita-Jahr vor der Schule ist beitragsfrei.',
    processingTime: 'Sie erhalten innerhalb von 2 Wochen eine Bestätigung Ihrer Vormerkung.',
    processingDays: 14,
    legalBases: [
      { title: '§ 24 Achtes Buch Sozialgesetzbuch (SGB VIII)', url: 'https://www.gesetze-im-internet.de/sgb_8/__24.html' },
      { title: 'Kinderbildungsgesetz NRW (KiBiz)' },
    ],
    ozgLevel: 3,
    onlineApplication: true,
    lifeSituations: ['familie', 'geburt'],
    keywords: 'Kita Kindergarten Kindertagesstätte Krippe U3 Tagesmutter Tagesvater Kindertagespflege Betreuungsplatz',
  }),
  demoService('rechtsamt', {
    slug: 'akteneinsicht-ifg',
    name: 'Auskunft oder Akteneinsicht nach dem Informationsfreiheitsgesetz',
    summary: 'Sie haben das Recht, Informationen und Akten der Stadtverwaltung einzusehen – ohne einen Grund nennen zu müssen.',
    description:
      'Nach dem Informationsfreiheitsgesetz NRW hat jede Person Anspruch auf Zugang zu den amtlichen Informationen der Stadt. Sie können eine Auskunft, eine Kopie oder die Einsicht in Akten verlangen. Geschützt bleiben personenbezogene Daten Dritter sowie Betriebs- und Geschäftsgeheimnisse.\n\nBeschreiben Sie möglichst genau, welche Informationen Sie suchen. Ein Konto im Stadtportal brauchen Sie nicht.',
    eligibility: 'Jede natürliche und juristische Person.',
    requiredDocuments: [],
    fees: 'Einfache Auskünfte sind gebührenfrei. Sonst richten sich die Kosten nach der Verwaltungsgebührenordnung zum IFG NRW; wir sagen Ihnen vorher Bescheid, wenn Kosten entstehen. Sie bezahlen nach der Entscheidung.',
    processingTime: 'Wir antworten unverzüglich, spätestens innerhalb eines Monats.',
    processingDays: 30,
    legalBases: [{ title: '§ 4 und § 5 Informationsfreiheitsgesetz NRW (IFG NRW)' }, { title: 'Verwaltungsgebührenordnung zum IFG NRW' }],
    ozgLevel: 4,
    onlineApplication: true,
    guestAllowed: true,
    paymentPolicy: 'after_decision',
    lifeSituations: ['transparenz'],
    keywords: 'IFG Informationsfreiheit Akteneinsicht Transparenz Auskunftsersuchen Informationszugang',
  }),
  demoService('stadtkasse', {
    slug: 'sepa-lastschriftmandat',
    name: 'SEPA-Lastschriftmandat erteilen',
    summary: 'Lassen Sie Grundbesitzabgaben, Hundesteuer und andere Forderungen der Stadt bequem von Ihrem Konto abbuchen.',
    description:
      'Mit einem SEPA-Lastschriftmandat erlauben Sie der Stadtkasse, fällige Beträge von Ihrem Konto einzuziehen – zum Beispiel Grundsteuer, Abfall- und Straßenreinigungsgebühren oder Hundesteuer. Sie verpassen keine Frist und zahlen keine Mahngebühren.\n\nSie können das Mandat jederzeit widerrufen. Eine Lastschrift können Sie innerhalb von 8 Wochen bei Ihrer Bank zurückgeben.',
    eligibility: 'Jede Person, die Zahlungen an die Stadt Iserlohn leisten muss, als Kontoinhaberin oder Kontoinhaber.',
    requiredDocuments: ['Ihre IBAN', 'das Kassenzeichen von Ihrem Bescheid'],
    fees: 'Das Mandat ist gebührenfrei.',
    processingTime: 'Wir tragen das Mandat innerhalb von 5 Werktagen ein; es gilt ab der nächsten Fälligkeit.',
    processingDays: 5,
    legalBases: [{ title: 'SEPA-Verordnung (EU) Nr. 260/2012' }],
    ozgLevel: 4,
    onlineApplication: true,
    lifeSituations: ['steuern-abgaben', 'umzug'],
    keywords: 'Lastschrift Einzugsermächtigung Abbuchung Bankeinzug Grundsteuer Kassenzeichen',
  }),
];
