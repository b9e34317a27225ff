import type { NewService } from '../tables';
import { demoService } from './departments';

const STVO_46 = { title: '§ 46 Straßenverkehrs-Ordnung (StVO)', url: 'https://www.gesetze-im-internet.de/stvo_2013/__46.html' };

/** Online Leistungen around streets and traffic (forms exist for each slug). */
export const ONLINE_TRAFFIC_SERVICES: NewService[] = [
  demoService('ordnungsamt', {
    slug: 'bewohnerparkausweis',
    // LeiKa key named by the FIM Stammdatenschema S05000058 (tests/fixtures/fim).
    leikaKey: '99108001001000',
    name: 'Bewohnerparkausweis beantragen',
    summary: 'Mit dem Bewohnerparkausweis parken Sie in Ihrer Bewohnerparkzone ohne Parkschein.',
    description:
      'In einigen Straßen der Innenstadt dürfen nur Bewohnerinnen und Bewohner mit Parkausweis parken oder sie sind vom Parkschein befreit. Der Ausweis gilt für ein Fahrzeug und für die Zone, in der Sie wohnen. Er gilt ein Jahr.\n\nSie bezahlen die Gebühr online; wir schicken Ihnen den Ausweis per Post. Legen Sie ihn gut lesbar hinter die Windschutzscheibe.',
    eligibility:
      'Personen, die in einer Bewohnerparkzone mit Hauptwohnung gemeldet sind und ein Fahrzeug halten oder dauerhaft nutzen (zum Beispiel ein Firmen- oder Leasingfahrzeug).',
    requiredDocuments: ['Fahrzeugschein (Zulassungsbescheinigung Teil I)', 'bei Firmen- oder Leasingfahrzeugen: Bestätigung des Arbeitgebers oder Leasingvertrag'],
    fees: 'Für ein Jahr: 30,70 €. Sie bezahlen vor dem Absenden des Antrags.',
    feeCents: 3070,
    processingTime: 'Den Ausweis erhalten Sie in der Regel innerhalb von 5 Werktagen per Post.',
    processingDays: 5,
    legalBases: [
      { title: '§ 45 Abs. 1b Nr. 2a Straßenverkehrs-Ordnung (StVO)', url: 'https://www.gesetze-im-internet.de/stvo_2013/__45.html' },
      { title: 'Gebührenordnung für Bewohnerparkausweise der Stadt Iserlohn' },
    ],
    ozgLevel: 4,
    onlineApplication: true,
    paymentPolicy: 'before_submission',
    lifeSituations: ['auto-verkehr', 'umzug'],
    keywords: 'Anwohnerparkausweis Parkausweis Anwohnerparken Parkplakette Bewohnerparken',
  }),
  demoService('ordnungsamt', {
    slug: 'halteverbotszone-umzug',
    name: 'Halteverbot für einen Umzug beantragen',
    summary: 'Für Ihren Umzugswagen können Sie vor dem Haus eine vorübergehende Halteverbotszone einrichten lassen.',
    description:
      'Mit einer Ausnahmegenehmigung dürfen Sie für den Umzug Halteverbotsschilder aufstellen. Die Schilder müssen mindestens 72 Stunden vorher stehen, damit parkende Fahrzeuge rechtzeitig wegfahren können. Die Schilder leihen Sie bei einer Fachfirma; wir sagen Ihnen in der Genehmigung, wo und wie sie stehen müssen.\n\nBeantragen Sie die Zone mindestens 14 Tage vor dem Umzug.',
    eligibility: 'Jede Person, die in Iserlohn umzieht, und Umzugsunternehmen in ihrem Auftrag. Ein Konto im Stadtportal brauchen Sie nicht.',
    requiredDocuments: ['Datum, Uhrzeit und genaue Lage der Zone (Straße, Hausnummer, Länge in Metern)', 'bei Umzugsfirmen: Auftrag oder Vollmacht'],
    fees: 'Für die Genehmigung: 45,00 €. Sie bezahlen vor dem Absenden des Antrags. Die Kosten für die Schilder kommen hinzu.',
    feeCents: 4500,
    processingTime: 'Die Genehmigung erhalten Sie in der Regel innerhalb von 5 Werktagen.',
    processingDays: 5,
    legalBases: [STVO_46, { title: 'Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt), Gebühren-Nr. 264' }],
    ozgLevel: 4,
    onlineApplication: true,
    guestAllowed: true,
    paymentPolicy: 'before_submission',
    lifeSituations: ['umzug', 'auto-verkehr'],
    keywords: 'Halteverbotszone Parkverbot Umzugswagen Umzug Schilder Absperrung',
  }),
  demoService('tiefbau', {
    slug: 'sondernutzungserlaubnis',
    name: 'Sondernutzungserlaubnis beantragen',
    summary: 'Wenn Sie Gehweg oder Straße mehr als üblich nutzen – für einen Container, ein Gerüst, Tische vor dem Café oder einen Infostand –, brauchen Sie eine Erlaubnis.',
    description:
      'Straßen, Wege und Plätze sind für den Verkehr da. Wer sie für etwas anderes nutzt, zum Beispiel für einen Bauschuttcontainer, ein Baugerüst, einen Verkaufsstand, Außengastronomie oder Werbeaufsteller, braucht eine Sondernutzungserlaubnis.\n\nStellen Sie den Antrag mindestens 3 Wochen vor Beginn. Die Gebühr berechnen wir nach Fläche und Dauer; Sie bezahlen sie, nachdem wir entschieden haben.',
    eligibility: 'Privatpersonen, Vereine und Unternehmen, die eine öffentliche Fläche in Iserlohn nutzen möchten.',
    requiredDocuments: ['ein Lageplan oder eine Skizze mit Maßen', 'bei Gerüsten und Containern: Name der ausführenden Firma'],
    fees: 'Die Gebühr richtet sich nach der Sondernutzungssatzung der Stadt Iserlohn: nach Art, Fläche und Dauer. Sie bezahlen nach der Entscheidung.',
    processingTime: 'In der Regel 2 bis 3 Wochen.',
    processingDays: 21,
    legalBases: [{ title: '§ 18 Straßen- und Wegegesetz NRW (StrWG NRW)' }, { title: 'Sondernutzungssatzung der Stadt Iserlohn' }],
    ozgLevel: 3,
    onlineApplication: true,
    paymentPolicy: 'after_decision',
    lifeSituations: ['bauen', 'beruf-unternehmen', 'veranstaltungen'],
    keywords: 'Container Gerüst Außengastronomie Infostand Straßennutzung Gehweg',
  }),
  demoService('tiefbau', {
    slug: 'maengelmeldung',
    name: 'Mängel melden: Schlagloch, Straßenlaterne, wilder Müll',
    summary: 'Sagen Sie uns, wo in Iserlohn etwas kaputt oder verschmutzt ist. Wir kümmern uns darum.',
    description:
      'Melden Sie zum Beispiel Schlaglöcher, defekte Straßenlaternen oder Ampeln, umgestürzte Schilder, verstopfte Gullys, wilden Müll oder beschädigte Spielgeräte. Beschreiben Sie möglichst genau, wo der Mangel ist; ein Foto hilft uns.\n\nIn Notfällen, bei Gefahr für Leib und Leben, rufen Sie bitte die 110 oder die 112 an.',
    eligibility: 'Jede Person – ein Konto im Stadtportal brauchen Sie nicht. Wenn Sie eine E-Mail-Adresse angeben, sagen wir Ihnen, wenn der Mangel behoben ist.',
    requiredDocuments: [],
    fees: 'Die Meldung ist gebührenfrei.',
    processingTime: 'Wir prüfen jede Meldung innerhalb von 3 Werktagen. Wie schnell wir den Mangel beheben, hängt von der Art des Schadens ab.',
    processingDays: 3,
    legalBases: [{ title: '§ 9 Straßen- und Wegegesetz NRW (StrWG NRW): Straßenbaulast' }],
    ozgLevel: 4,
    onlineApplication: true,
    guestAllowed: true,
    lifeSituations: ['ordnung-sicherheit', 'auto-verkehr'],
    keywords: 'Mängelmelder Schlagloch Straßenschaden Laterne Straßenbeleuchtung Müll Sperrmüll illegal Graffiti Schaden melden',
  }),
];
