/**
 * Word lists the demo catalogue is built from: English authors' names (the German ones are the
 * kernel's demo names, kernel/config/demo-names.ts), GND subject headings with their identifiers,
 * German publishers with their seats. Nothing here names a town: a municipality's own titles come
 * from its demo pack.
 */

export const ENGLISH_FIRST_NAMES = ['Emma', 'James', 'Olivia', 'William', 'Grace', 'Daniel', 'Chloe', 'Oliver', 'Ruth', 'Samuel', 'Abigail', 'Henry'];
export const ENGLISH_SURNAMES = [
  'Smith',
  'Johnson',
  'Taylor',
  'Brown',
  'Walker',
  'Wright',
  'Thompson',
  'Evans',
  'Hughes',
  'Carter',
  'Bennett',
  'Morgan',
  'Reed',
  'Parker',
];

/** A subject area: its GND headings (name, GND id), the title words it draws on, and its shelf group. */
export interface SubjectArea {
  shelf: string;
  headings: ReadonlyArray<readonly [name: string, gnd: string]>;
  nouns: readonly string[];
  /** Sachbuch titles of the area, "{noun}" filled from `nouns`. */
  titles: readonly string[];
}

/** Fiction nouns as [nominative with article, dative with article], so the titles agree in gender and case. */
export const FICTION_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['Das Schweigen', 'dem Schweigen'],
  ['Das Erbe', 'dem Erbe'],
  ['Der Sommer', 'dem Sommer'],
  ['Die Nacht', 'der Nacht'],
  ['Die Insel', 'der Insel'],
  ['Die Spur', 'der Spur'],
  ['Das Haus am See', 'dem Haus am See'],
  ['Der Leuchtturm', 'dem Leuchtturm'],
  ['Die Tochter des Uhrmachers', 'der Tochter des Uhrmachers'],
  ['Das Geheimnis', 'dem Geheimnis'],
  ['Der Winter', 'dem Winter'],
  ['Der letzte Brief', 'dem letzten Brief'],
  ['Der Garten', 'dem Garten'],
  ['Der Fluss', 'dem Fluss'],
  ['Die Mühle', 'der Mühle'],
  ['Die Bibliothek', 'der Bibliothek'],
  ['Die Nachbarin', 'der Nachbarin'],
];
/** `{nom}` (only at the start, where it keeps its capital) and `{dat}` are filled from FICTION_NOUNS. */
export const FICTION_TITLES = [
  '{nom}',
  '{nom} im Herbst',
  'Nach {dat}',
  'Hinter {dat}',
  'Das Jahr mit {dat}',
  'Unter {dat}',
  '{nom} und die Stille',
  'Mit {dat} allein',
];
export const FICTION_SUBTITLES = ['Roman', 'Kriminalroman', 'Ein Sauerland-Krimi', 'Historischer Roman', 'Erzählungen', 'Thriller', 'Familienroman'];
export const FICTION_HEADINGS: ReadonlyArray<readonly [string, string]> = [
  ['Kriminalroman', '4033447-8'],
  ['Familie', '4016397-3'],
  ['Freundschaft', '4018412-5'],
  ['Geschichte 1914-1918', '4113209-9'],
  ['Liebe', '4036050-7'],
];

export const ENGLISH_TITLES = ['The Silent {noun}', 'A {noun} in Winter', 'The Last {noun}', 'Under the {noun}', 'The {noun} Keeper', 'Beyond the {noun}'];
export const ENGLISH_NOUNS = ['River', 'Garden', 'Lighthouse', 'Library', 'Orchard', 'Harbour', 'Mountain', 'Letter'];
export const ENGLISH_SUBJECTS: ReadonlyArray<readonly [string, string]> = [
  ['Englisch', '4014777-3'],
  ['Lektüre', '4035436-2'],
];

export const SUBJECT_AREAS: readonly SubjectArea[] = [
  {
    shelf: 'Sachbuch Gar',
    headings: [
      ['Gartenbau', '4019203-1'],
      ['Gemüsebau', '4020161-5'],
      ['Zierpflanzen', '4068039-3'],
    ],
    nouns: ['Hochbeet', 'Balkongarten', 'Kräutergarten', 'Obstbaum', 'Staudenbeet'],
    titles: ['Das {noun}-Buch', 'Mein {noun}', '{noun} für Einsteiger', 'Praxisbuch {noun}'],
  },
  {
    shelf: 'Sachbuch Koc',
    headings: [
      ['Kochbuch', '4031768-7'],
      ['Vegetarische Küche', '4062911-9'],
      ['Backen', '4004295-1'],
    ],
    nouns: ['Gemüseküche', 'Brote', 'Ofengerichte', 'Suppen', 'Resteküche'],
    titles: ['{noun} für jeden Tag', 'Einfach {noun}', 'Das große Buch der {noun}', '{noun} – schnell und gesund'],
  },
  {
    shelf: 'Sachbuch Ges',
    headings: [
      ['Geschichte', '4020517-7'],
      ['Industrialisierung', '4026779-1'],
      ['Mittelalter', '4129108-6'],
    ],
    nouns: ['Industrialisierung', 'Hanse', 'Reformation', 'Nachkriegszeit', 'Romanik'],
    titles: ['Die {noun} in Westfalen', 'Eine kurze Geschichte der {noun}', 'Alltag in der {noun}', 'Die {noun}'],
  },
  {
    shelf: 'Sachbuch Inf',
    headings: [
      ['Programmierung', '4076370-5'],
      ['Datenschutz', '4011144-4'],
      ['Internet', '4308416-3'],
    ],
    nouns: ['Python', 'Datenschutz', 'Smartphone', 'Tabellenkalkulation', 'Webseiten'],
    titles: ['{noun} für Einsteiger', '{noun} verständlich erklärt', 'Praxiswissen {noun}', '{noun} im Alltag'],
  },
  {
    shelf: 'Sachbuch Rei',
    headings: [
      ['Reiseführer', '4076258-0'],
      ['Wandern', '4064857-6'],
      ['Radwandern', '4176897-8'],
    ],
    nouns: ['Sauerland', 'Siegerland', 'Teutoburger Wald', 'Schwarzwald', 'Ruhrgebiet'],
    titles: ['Wandern im {noun}', '{noun} mit dem Rad', 'Reiseführer {noun}', 'Unterwegs im {noun}'],
  },
  {
    shelf: 'Kinder',
    headings: [
      ['Bilderbuch', '4006604-9'],
      ['Kinderbuch', '4030550-8'],
      ['Tiere', '4060087-7'],
    ],
    nouns: ['Drache', 'Fuchs', 'Bär', 'Maulwurf', 'Pinguin'],
    titles: ['Der kleine {noun}', 'Wo ist der {noun}?', 'Ein {noun} geht zur Schule', 'Gute Nacht, kleiner {noun}'],
  },
];

export const PUBLISHERS: ReadonlyArray<readonly [place: string, name: string]> = [
  ['München', 'Piper'],
  ['Köln', 'Kiepenheuer & Witsch'],
  ['Frankfurt am Main', 'S. Fischer'],
  ['Hamburg', 'Rowohlt'],
  ['Berlin', 'Ullstein'],
  ['Stuttgart', 'Kosmos'],
  ['München', 'dtv'],
  ['Hamburg', 'Carlsen'],
  ['Bonn', 'Rheinwerk'],
  ['Münster', 'Aschendorff'],
  ['London', 'Penguin'],
  ['Hamburg', 'Hörbuch Hamburg'],
];
