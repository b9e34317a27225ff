import { DEMO_FIRST_NAMES, DEMO_LAST_NAMES } from '../../../kernel/config/demo-names';
import type { DataField, MarcField, MarcRecord } from '../marc/record';
import { germanIsbn13 } from './isbn';
import { SeededRandom } from '../../../kernel/random';
import * as words from './vocabulary';

export interface GeneratorBranch {
  id: string;
  /** First digit of its barcodes, so a copy's label tells the branch. */
  barcodePrefix: string;
}

export interface LocalTitle {
  title: string;
  subtitle: string;
  subject: readonly [name: string, gnd: string];
}

export interface CatalogueGeneratorOptions {
  count: number;
  seed: number;
  /** Control numbers are this prefix and a running number. */
  controlPrefix: string;
  /** The library's Onleihe (e.g. https://www.onleihe.de/<bibliothek>/frontend/); without one, no e-media. */
  onleiheUrl: string | null;
  branches: readonly GeneratorBranch[];
  /** The town's own titles (local history), mixed in now and then. */
  localTitles: readonly LocalTitle[];
}

type Kind = 'book' | 'english' | 'local' | 'ebook' | 'audiobook' | 'eaudio' | 'dvd' | 'music_cd' | 'magazine' | 'game';
/** The mix of a public library's stock, by share of records. */
const KINDS: ReadonlyArray<readonly [Kind, number]> = [
  ['book', 0.5],
  ['english', 0.06],
  ['local', 0.02],
  ['ebook', 0.12],
  ['audiobook', 0.08],
  ['eaudio', 0.06],
  ['dvd', 0.07],
  ['music_cd', 0.04],
  ['magazine', 0.03],
  ['game', 0.02],
];
/** Leader/06–07, 007 and 008/23 (form of item) by kind: what the reader's media-type rules read. */
const CODING: Record<Kind, { leader: string; physical?: string; form?: string }> = {
  book: { leader: 'am' },
  english: { leader: 'am' },
  local: { leader: 'am' },
  ebook: { leader: 'am', physical: 'cr |||||||||||', form: 'o' },
  audiobook: { leader: 'im', physical: 'sd fsngnnmmned' },
  eaudio: { leader: 'im', physical: 'cr |||||||||||', form: 'o' },
  dvd: { leader: 'gm', physical: 'vd cvaizq' },
  music_cd: { leader: 'jm', physical: 'sd fsngnnmmned' },
  magazine: { leader: 'as' },
  game: { leader: 'rm' },
};

const field = (tag: string, subfields: Array<[string, string]>, ind1 = ' ', ind2 = ' '): DataField => ({ tag, ind1, ind2, subfields });
const fill = (template: string, noun: string) => template.replace('{noun}', noun);

function kindOf(random: SeededRandom, options: CatalogueGeneratorOptions): Kind {
  let roll = random.next();
  for (const [kind, share] of KINDS) {
    roll -= share;
    if (roll < 0) {
      if ((kind === 'ebook' || kind === 'eaudio') && !options.onleiheUrl) return 'book';
      if (kind === 'local' && options.localTitles.length === 0) return 'book';
      return kind;
    }
  }
  return 'book';
}

/**
 * A library catalogue of `count` records as MARC 21, record by record and the same for the same seed:
 * German and some English titles, authors, GND subject headings (650 and RSWK chains in 689),
 * valid ISBN-13s, e-books and e-audio with Onleihe links, copies in the branches (852).
 */
export function* generateCatalogue(options: CatalogueGeneratorOptions): Generator<MarcRecord> {
  const random = new SeededRandom(options.seed);
  for (let number = 1; number <= options.count; number++) yield generateRecord(random, options, number);
}

function generateRecord(random: SeededRandom, options: CatalogueGeneratorOptions, number: number): MarcRecord {
  const kind = kindOf(random, options);
  const english = kind === 'english' || (kind === 'music_cd' && random.chance(0.5));
  const year = random.int(kind === 'local' ? 1975 : 1995, 2026);
  const area = random.pick(words.SUBJECT_AREAS);
  const fiction = !english && kind !== 'local' && kind !== 'magazine' && random.chance(0.55);
  const author = english
    ? `${random.pick(words.ENGLISH_SURNAMES)}, ${random.pick(words.ENGLISH_FIRST_NAMES)}`
    : `${random.pick(DEMO_LAST_NAMES)}, ${random.pick(DEMO_FIRST_NAMES)}`;
  const local = kind === 'local' ? random.pick(options.localTitles) : undefined;
  const title = local?.title ?? titleOf(random, kind, english, fiction, area);
  const subtitle = local?.subtitle ?? (fiction ? random.pick(words.FICTION_SUBTITLES) : kind === 'magazine' ? 'Das Magazin' : '');
  const headings = local
    ? [local.subject]
    : english
      ? words.ENGLISH_SUBJECTS
      : fiction
        ? [random.pick(words.FICTION_HEADINGS)]
        : area.headings.slice(0, random.int(1, 3));
  const [place, publisher] = english ? (['London', 'Penguin'] as const) : random.pick(words.PUBLISHERS);
  const coding = CODING[kind];
  const language = english ? 'eng' : 'ger';
  const controlNumber = `${options.controlPrefix}${String(number).padStart(7, '0')}`;
  const fixed = `${String(year % 100).padStart(2, '0')}0101s${year}    gw `.padEnd(23) + (coding.form ?? ' ');
  const fields: MarcField[] = [
    { tag: '001', value: controlNumber },
    { tag: '003', value: 'DE-101' },
    ...(coding.physical ? [{ tag: '007', value: coding.physical }] : []),
    // 008/33 "g" marks a game for leader/06 "r".
    { tag: '008', value: (fixed.padEnd(33) + (kind === 'game' ? 'g' : ' ')).padEnd(35) + language + ' d' },
    ...(kind === 'magazine' || kind === 'dvd' ? [] : [field('020', [['a', germanIsbn13(1000 + (number % 8000), number)]])]),
    field('041', [['a', language]], '0'),
    ...(kind === 'magazine'
      ? []
      : [
          field(
            '100',
            [
              ['a', author],
              ['4', 'aut'],
            ],
            '1',
          ),
        ]),
    field('245', [['a', subtitle ? `${title} :` : title], ...(subtitle ? [['b', subtitle] as [string, string]] : [])], '1', '0'),
    ...(random.chance(0.15) ? [field('250', [['a', `${random.int(2, 9)}. Auflage`]])] : []),
    field(
      '264',
      [
        ['a', `${place} :`],
        ['b', `${publisher},`],
        ['c', `[${year}]`],
      ],
      ' ',
      '1',
    ),
    field('300', [['a', extentOf(random, kind)]]),
    ...(random.chance(0.12)
      ? [
          field(
            '490',
            [
              ['a', `${title.split(' ').slice(-1)[0]}-Reihe ;`],
              ['v', String(random.int(1, 8))],
            ],
            '0',
          ),
        ]
      : []),
    field('520', [['a', summaryOf(title, headings[0]![0], kind, english)]]),
    ...headings.map(([name, gnd]) =>
      field(
        '650',
        [
          ['a', name],
          ['0', `(DE-588)${gnd}`],
          ['2', 'gnd'],
        ],
        ' ',
        '7',
      ),
    ),
    ...headings.map(([name, gnd], index) =>
      field(
        '689',
        [
          ['a', name],
          ['0', `(DE-588)${gnd}`],
        ],
        '0',
        String(index),
      ),
    ),
    ...(random.chance(0.2) && kind !== 'magazine'
      ? [
          field(
            '700',
            [
              ['a', `${random.pick(DEMO_LAST_NAMES)}, ${random.pick(DEMO_FIRST_NAMES)}`],
              ['4', 'ill'],
            ],
            '1',
          ),
        ]
      : []),
    ...(kind === 'ebook' || kind === 'eaudio'
      ? [
          field(
            '856',
            [
              ['u', `${options.onleiheUrl}mediaInfo,0-0-${100000000 + number}-200-0-0-0-0-0-0-0.html`],
              ['z', 'Ausleihe über die Onleihe'],
            ],
            '4',
            '0',
          ),
        ]
      : []),
    ...(kind === 'ebook' || kind === 'eaudio' ? [] : copiesOf(random, options, number, fiction ? 'Ro' : area.shelf, author)),
  ];
  return { leader: `00000c${coding.leader} a2200000 c 4500`, fields };
}

function titleOf(random: SeededRandom, kind: Kind, english: boolean, fiction: boolean, area: words.SubjectArea): string {
  if (english) return fill(random.pick(words.ENGLISH_TITLES), random.pick(words.ENGLISH_NOUNS));
  if (kind === 'magazine') return random.pick(['Stiftung Warentest', 'Landlust', 'GEO', 'c’t', 'Spektrum der Wissenschaft']);
  if (fiction) {
    const [nominative, dative] = random.pick(words.FICTION_NOUNS);
    return random.pick(words.FICTION_TITLES).replace('{nom}', nominative).replace('{dat}', dative);
  }
  return fill(random.pick(area.titles), random.pick(area.nouns));
}

function extentOf(random: SeededRandom, kind: Kind): string {
  const pages = random.int(48, 640);
  switch (kind) {
    case 'ebook':
      return `1 Online-Ressource (${pages} Seiten)`;
    case 'eaudio':
      return `1 Online-Ressource (${random.int(3, 14)} Std. ${random.int(0, 59)} Min.)`;
    case 'audiobook':
      return `${random.int(2, 12)} CDs (${random.int(3, 14)} Std. ${random.int(0, 59)} Min.)`;
    case 'dvd':
      return `1 DVD-Video (${random.int(78, 160)} Minuten)`;
    case 'music_cd':
      return `1 CD (${random.int(38, 79)} Minuten)`;
    case 'game':
      return '1 Spiel (Spielbrett, Karten, Anleitung)';
    case 'magazine':
      return 'Zeitschrift, erscheint monatlich';
    default:
      return `${pages} Seiten`;
  }
}

function summaryOf(title: string, subject: string, kind: Kind, english: boolean): string {
  if (english) return `“${title}” is a novel in English about ${subject.toLowerCase() === 'englisch' ? 'home, memory and belonging' : subject}.`;
  if (kind === 'dvd') return `Der Film „${title}“ erzählt vom Thema ${subject}.`;
  return `„${title}“ führt in das Thema ${subject} ein und lädt zum Weiterlesen und Entdecken ein.`;
}

/** One to three copies, each in a branch, with a shelfmark of the shelf group and the author's first letters. */
function copiesOf(random: SeededRandom, options: CatalogueGeneratorOptions, number: number, shelf: string, author: string): DataField[] {
  if (options.branches.length === 0) return [];
  const count = random.int(1, 3);
  const mark = `${shelf} ${author.slice(0, 3)}`;
  return Array.from({ length: count }, (_, copy) => {
    const branch = options.branches[copy % options.branches.length]!;
    return field('852', [
      ['b', branch.id],
      ['h', mark],
      ['p', `${branch.barcodePrefix}${String(number).padStart(7, '0')}${copy}`],
    ]);
  });
}
