import type { Answers } from '../definition';
import type { DemoFormKey } from './index';
import { EXAMPLE_PLACES, type DemoPlaces } from './places';

export { demoPlacesSchema, type DemoPlaces } from './places';

/**
 * A complete, valid answer set for every demo form, as the engine stores answers: the tests fill the
 * forms page by page with them, and the browser tests and the benchmark reuse them. Dates are relative
 * to `today` so that bounds like "at least a week ahead" hold on any day.
 */
export interface DemoExample {
  answers: Answers;
  /** The fee the engine must compute for these answers, for forms with a fee. */
  feeCents?: number;
}

/** Attachment ids of uploads the example answers refer to; callers that really upload replace them. */
export const EXAMPLE_ATTACHMENT_IDS = [
  '0b9e6f2c-3d1a-4c5e-9f00-000000000001',
  '0b9e6f2c-3d1a-4c5e-9f00-000000000002',
  '0b9e6f2c-3d1a-4c5e-9f00-000000000003',
] as const;

const [firstFile, secondFile, thirdFile] = EXAMPLE_ATTACHMENT_IDS;

const IBAN = 'DE89370400440532013000';

/** `YYYY-MM-DD` of the day `days` after (or before) `today`, in local time like the date inputs. */
export function isoDaysFrom(today: Date, days: number): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function demoExamples(today: Date = new Date(), places: DemoPlaces = EXAMPLE_PLACES): Record<DemoFormKey, DemoExample> {
  const { home: HOME, other: OTHER, premises } = places;
  const day = (days: number) => isoDaysFrom(today, days);
  const person = { givenName: 'Anna Maria', familyName: 'Schulte', birthDate: '1986-03-27' };
  return {
    bewohnerparkausweis: {
      answers: {
        requestType: '02',
        permitNumber: '104711',
        permitIssuedOn: day(-340),
        validity: '2',
        validFrom: day(14),
        ...person,
        address: HOME,
        email: 'anna.schulte@example.org',
        phone: places.phone,
        licensePlate: 'MK-AS 1986',
        vinEnding: 'A12345',
        holder: '01',
        registrationCertificate: [firstFile],
        registerCheckConsent: true,
      },
      feeCents: 6140,
    },
    'hundesteuer-anmeldung': {
      answers: {
        ...person,
        address: HOME,
        email: 'anna.schulte@example.org',
        dogs: [
          { dogName: 'Bella', breed: 'Labrador Retriever', dogBirthDate: day(-900), keptSince: day(-7), chipNumber: '276098106543210', dogCategory: 'gross' },
          { dogName: 'Fips', breed: 'Mischling (Terrier, Pudel)', dogBirthDate: day(-2000), keptSince: day(-7), dogCategory: 'normal' },
        ],
        exemption: 'keine',
      },
    },
    'hundesteuer-abmeldung': {
      answers: {
        givenName: person.givenName,
        familyName: person.familyName,
        address: HOME,
        cashReference: '5.123.456',
        dogName: 'Bella',
        reason: 'abgegeben',
        endDate: day(-3),
        newKeeperName: 'Jens Hoffmann',
        newKeeperAddress: OTHER,
        phone: places.phone,
        refundIban: IBAN,
        refundAccountHolder: 'Anna Maria Schulte',
      },
    },
    'gewerbe-anmeldung': {
      answers: {
        legalForm: 'gbr',
        companyName: 'Schulte & Hoffmann Fahrradwerkstatt GbR',
        ...person,
        birthPlace: 'Hagen',
        nationality: 'deutsch',
        address: HOME,
        email: 'info@schulte-hoffmann.example',
        phone: places.phone,
        partners: [{ partnerGivenName: 'Jens', partnerFamilyName: 'Hoffmann', partnerBirthDate: '1984-11-02', partnerAddress: OTHER }],
        activity: 'Reparatur und Einzelhandel von Fahrrädern, E-Bikes und Zubehör',
        registrationReason: 'neugruendung',
        businessType: 'handwerk',
        startDate: day(30),
        sideline: false,
        premises,
        establishmentType: 'hauptniederlassung',
        fullTimeStaff: '1',
        partTimeStaff: '2',
        permitRequired: 'nein',
        craftCardHeld: 'ja',
        craftChamber: 'Handwerkskammer Südwestfalen',
      },
      feeCents: 2600,
    },
    'gewerbe-ummeldung': {
      answers: {
        legalForm: 'einzelunternehmen',
        premises: HOME,
        registeredSince: '2019-04-01',
        ...person,
        email: 'anna.schulte@example.org',
        changeType: 'beides',
        newPremises: OTHER,
        newActivity: 'Übersetzungsbüro und Dolmetscherdienste; zusätzlich Sprachkurse für Unternehmen',
        changeDate: day(10),
      },
      feeCents: 2600,
    },
    'gewerbe-abmeldung': {
      answers: {
        legalForm: 'einzelunternehmen',
        premises: HOME,
        activity: 'Einzelhandel mit Wolle und Handarbeitsbedarf',
        registeredSince: '2012-09-01',
        ...person,
        address: HOME,
        phone: places.phone,
        closureReason: 'uebergabe',
        successor: 'Jens Hoffmann',
        endDate: day(20),
      },
      feeCents: 1500,
    },
    meldebescheinigung: {
      answers: {
        ...person,
        birthPlace: places.birthPlace,
        address: HOME,
        certificateType: 'einfach',
        purpose: 'Für den Arbeitgeber',
        email: 'anna.schulte@example.org',
      },
      feeCents: 500,
    },
    briefwahl: {
      answers: {
        election: 'kommunalwahl',
        runoff: true,
        ...person,
        address: HOME,
        voterNumber: '1204',
        delivery: 'andere',
        deliveryCareOf: 'Ferienwohnung Möwe',
        deliveryAddress: { street: 'Strandstraße', houseNumber: '3', postalCode: '26548', city: 'Norderney' },
        email: 'anna.schulte@example.org',
      },
    },
    sondernutzungserlaubnis: {
      answers: {
        applicantType: 'firma',
        organisation: 'Café am Fritz-Kühn-Platz',
        givenName: person.givenName,
        familyName: person.familyName,
        address: HOME,
        email: 'cafe@example.org',
        usageType: 'aussengastronomie',
        description: '6 Tische und 24 Stühle, täglich von 10 bis 22 Uhr, Gehweg bleibt 1,50 m frei',
        location: 'Fritz-Kühn-Platz 1',
        area: '18.5',
        sitePlan: [secondFile],
        dateFrom: day(30),
        dateTo: day(200),
      },
    },
    'halteverbotszone-umzug': {
      answers: {
        applicantType: 'privat',
        givenName: person.givenName,
        familyName: person.familyName,
        address: HOME,
        phone: '0171 2345678',
        street: OTHER.street,
        houseNumber: OTHER.houseNumber,
        zoneLength: '15',
        sideOfStreet: 'hausseite',
        dateFrom: day(21),
        dateTo: day(22),
        days: '2',
        timeFrom: '7:00',
        timeTo: '18:00',
        signs: 'leihe',
      },
      feeCents: 6500,
    },
    'kita-vormerkung': {
      answers: {
        childGivenName: 'Emil',
        childFamilyName: 'Schulte',
        childBirthDate: day(-400),
        givenName: person.givenName,
        familyName: person.familyName,
        address: HOME,
        singleParent: false,
        parentsWorking: 'ja',
        email: 'anna.schulte@example.org',
        phone: places.phone,
        careStart: day(120),
        weeklyHours: '35',
        careType: ['kita', 'tagespflege'],
        preferredKitas: places.preferredKitas,
        hasSiblings: 'ja',
        siblings: [{ siblingName: 'Mia', siblingBirthDate: day(-1500), siblingCare: 'Kita Sonnenschein' }],
      },
    },
    'fundsache-verlustmeldung': {
      answers: {
        category: 'geldboerse',
        description: 'Braune Lederbörse mit Reißverschluss, darin Personalausweis und Bankkarte',
        photo: [thirdFile],
        lostOn: day(-2),
        lostWhere: places.lostWhere,
        email: 'anna.schulte@example.org',
        givenName: person.givenName,
        familyName: person.familyName,
      },
    },
    maengelmeldung: {
      answers: {
        category: 'strasse',
        description: 'Schlagloch etwa 30 cm breit, mitten auf dem Radweg',
        location: places.defectLocation,
        photos: [firstFile, secondFile],
        wantsFeedback: 'ja',
        email: 'anna.schulte@example.org',
      },
    },
    'akteneinsicht-ifg': {
      answers: {
        request: 'Verkehrszählungen an der Baarstraße aus den Jahren 2024 und 2025',
        accessType: 'kopie-elektronisch',
        costLimit: '50',
        givenName: person.givenName,
        familyName: person.familyName,
        address: HOME,
        email: 'anna.schulte@example.org',
      },
    },
    'sepa-lastschriftmandat': {
      answers: {
        givenName: person.givenName,
        familyName: person.familyName,
        address: HOME,
        email: 'anna.schulte@example.org',
        levies: ['grundsteuer', 'abfall', 'hundesteuer'],
        cashReferences: '5.123.456, 5.123.457',
        iban: IBAN,
        payerIsAccountHolder: 'nein',
        accountHolder: 'Jens Hoffmann',
        accountHolderAddress: HOME,
        accountHolderConsent: true,
      },
    },
    'widerspruch-datenuebermittlung': {
      answers: {
        ...person,
        address: HOME,
        objections: ['parteien', 'adressbuch', 'bundeswehr'],
        forChildren: 'ja',
        children: [{ childGivenName: 'Emil', childFamilyName: 'Schulte', childBirthDate: day(-400) }],
      },
    },
    'freifunk-standort': {
      answers: {
        siteKind: 'verein',
        organisation: 'Heimatverein am Markt e. V.',
        siteAddress: premises,
        siteDescription: 'Fenster des Vereinsheims zum Marktplatz, erreicht die Bushaltestelle und die Bänke davor',
        hasInternet: 'ja',
        support: ['router', 'beratung'],
        givenName: person.givenName,
        familyName: person.familyName,
        address: HOME,
        email: 'anna.schulte@example.org',
      },
    },
  };
}
