import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../../kernel/config';
import { mapRecord, type CatalogueRecord } from './map-record';
import { fromMarcJson, type DataField, type MarcJson, type MarcRecord } from './record';

const ONE = fromMarcJson(JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/marc/one.json'), 'utf8')) as MarcJson);

const data = (tag: string, subfields: Array<[string, string]>, ind1 = ' ', ind2 = ' '): DataField => ({ tag, ind1, ind2, subfields });

/** A German e-book record as a Verbund exports it: RSWK chains in 689, Onleihe link in 856. */
const EBOOK: MarcRecord = {
  leader: '00000cam a2200000 c 4500',
  fields: [
    { tag: '001', value: 'ISN-000042' },
    { tag: '007', value: 'cr |||||||||||' },
    { tag: '008', value: '230315s2023    gw |||||o|||| 00| 0 ger d' },
    data('020', [
      ['a', '978-3-7915-0465-4'],
      ['c', 'Gb. : EUR 18.00'],
    ]),
    data('020', [['a', '9783791504654 (E-Book)']]),
    data('041', [
      ['a', 'ger'],
      ['h', 'eng'],
    ]),
    data(
      '100',
      [
        ['a', 'Funke, Cornelia,'],
        ['d', '1958-'],
        ['e', 'Verfasser'],
      ],
      '1',
    ),
    data(
      '245',
      [
        ['a', 'Tintenherz :'],
        ['b', 'Roman /'],
        ['c', 'Cornelia Funke'],
      ],
      '1',
      '0',
    ),
    data('250', [['a', '3. Auflage.']]),
    data(
      '264',
      [
        ['a', 'Hamburg :'],
        ['b', 'Dressler,'],
        ['c', '[2023]'],
      ],
      ' ',
      '1',
    ),
    data('264', [['c', '© 2003']], ' ', '4'),
    data('300', [
      ['a', '1 Online-Ressource (576 Seiten) :'],
      ['b', 'Illustrationen'],
    ]),
    data(
      '490',
      [
        ['a', 'Tintenwelt ;'],
        ['v', '1'],
      ],
      '1',
    ),
    data('520', [['a', 'Meggie entdeckt, dass ihr Vater Figuren aus Büchern herauslesen kann.']]),
    data(
      '650',
      [
        ['a', 'Fantasy'],
        ['x', 'Jugendbuch'],
      ],
      ' ',
      '7',
    ),
    data(
      '689',
      [
        ['a', 'Bücher'],
        ['D', 's'],
        ['0', '(DE-588)4008877-8'],
      ],
      '0',
      '0',
    ),
    data('689', [['a', 'Fantasy']], '0', '1'),
    data(
      '700',
      [
        ['a', 'Funke, Cornelia,'],
        ['e', 'Illustrator'],
      ],
      '1',
    ),
    data('856', [['u', 'https://www.example.org/cover.jpg']], '4', '2'),
    data('856', [['u', 'https://www.onleihe.de/iserlohn/frontend/mediaInfo,0-0-42-200-0-0-0-0-0-0-0.html']], '4', '0'),
  ],
};

function mapped(record: MarcRecord): CatalogueRecord {
  const result = mapRecord(record);
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result.record;
}

function withLeader(leader: string, extra: MarcRecord['fields'] = []): MarcRecord {
  return { leader, fields: [{ tag: '001', value: 'X' }, data('245', [['a', 'T']]), ...extra] };
}

describe('MARC 21 to catalogue columns', () => {
  it('maps a German e-book: title without ISBD punctuation, main entry once, RSWK subjects, Onleihe link, edition', () => {
    const record = mapped(EBOOK);
    assert.equal(record.controlNumber, 'ISN-000042');
    assert.equal(record.mediaType, 'ebook');
    assert.equal(record.title, 'Tintenherz');
    assert.equal(record.subtitle, 'Roman');
    assert.deepEqual(record.authors, ['Funke, Cornelia']);
    assert.equal(record.edition, '3. Auflage');
    assert.equal(record.publisher, 'Dressler');
    assert.equal(record.year, 2023, 'the publication (264 ind2 1), not the copyright date');
    assert.equal(record.language, 'ger');
    assert.deepEqual(record.isbns, ['9783791504654']);
    assert.equal(record.series, 'Tintenwelt ; 1');
    assert.match(record.summary, /^Meggie entdeckt/);
    assert.deepEqual(record.subjects, ['Fantasy – Jugendbuch', 'Bücher', 'Fantasy']);
    assert.equal(record.extent, '1 Online-Ressource (576 Seiten) : Illustrationen');
    assert.match(record.onleiheUrl ?? '', /^https:\/\/www\.onleihe\.de\/iserlohn\//);
    assert.equal(record.marc.leader, EBOOK.leader);
  });

  it('maps the Library of Congress sample (260, 008 language, ISBN-10 with a qualifier)', () => {
    const record = mapped(ONE);
    assert.equal(record.controlNumber, 'fol05731351');
    assert.equal(record.title, 'ActivePerl with ASP and ADO');
    assert.deepEqual(record.authors, ['Martinsson, Tobias']);
    assert.equal(record.publisher, 'John Wiley & Sons');
    assert.equal(record.year, 2000);
    assert.equal(record.language, 'eng');
    assert.deepEqual(record.isbns, ['0471383147']);
    assert.deepEqual(record.subjects, ['Perl (Computer program language)']);
    assert.equal(record.mediaType, 'book');
    assert.equal(record.onleiheUrl, null);
  });

  it('tells media types apart from leader/06–07, 007 and 008', () => {
    const cases: Array<[MarcRecord, CatalogueRecord['mediaType']]> = [
      [withLeader('00000cam a2200000 c 4500'), 'book'],
      [withLeader('00000cas a2200000 c 4500'), 'magazine'],
      [withLeader('00000cim a2200000 c 4500'), 'audiobook'],
      [withLeader('00000cim a2200000 c 4500', [data('856', [['u', 'https://www.onleihe.de/x/frontend/m.html']], '4', '0')]), 'eaudio'],
      [withLeader('00000cjm a2200000 c 4500'), 'music_cd'],
      [withLeader('00000cgm a2200000 c 4500', [{ tag: '007', value: 'vd cvaizq' }]), 'dvd'],
      [withLeader('00000cem a2200000 c 4500'), 'map'],
      [withLeader('00000ccm a2200000 c 4500'), 'sheet_music'],
      [withLeader('00000crm a2200000 c 4500', [{ tag: '008', value: '230315s2023    gw nnn            g ger d' }]), 'game'],
      [withLeader('00000cam a2200000 c 4500', [{ tag: '008', value: '230315s2023    gw      o           ger d' }]), 'ebook'],
      [withLeader('00000cpm a2200000 c 4500'), 'other'],
    ];
    for (const [record, expected] of cases) assert.equal(mapped(record).mediaType, expected, record.leader);
  });

  it('refuses records without control number or title, and ignores years the table could not keep', () => {
    const noTitle = mapRecord({ leader: EBOOK.leader, fields: EBOOK.fields.filter((field) => field.tag !== '245') });
    assert.deepEqual(noTitle, { ok: false, message: 'Satz ISN-000042: der Titel (Feld 245 $a) fehlt.' });
    const noNumber = mapRecord({ leader: EBOOK.leader, fields: EBOOK.fields.filter((field) => field.tag !== '001') });
    assert.deepEqual(noNumber, { ok: false, message: 'Die Kontrollnummer (Feld 001) fehlt.' });
    const unknownYear = mapped(withLeader('00000cam a2200000 c 4500', [{ tag: '008', value: '100813s9999    xx ||nn s|||||||||||||| d' }]));
    assert.equal(unknownYear.year, null);
  });

  it('reads copies from 852 and 949 ($b branch, $h $i shelfmark, $p barcode) and skips holdings without barcode', () => {
    const result = mapRecord({
      ...EBOOK,
      fields: [
        ...EBOOK.fields,
        data('852', [
          ['b', 'zentrale'],
          ['h', 'JE'],
          ['i', 'Fun'],
          ['p', '10004217'],
        ]),
        data('949', [
          ['b', 'letmathe'],
          ['h', 'JE Fun'],
          ['p', '20001133'],
        ]),
        data('852', [
          ['b', 'zentrale'],
          ['h', 'Magazin'],
        ]),
      ],
    });
    assert.ok(result.ok);
    assert.deepEqual(result.copies, [
      { barcode: '10004217', branch: 'zentrale', shelfmark: 'JE Fun' },
      { barcode: '20001133', branch: 'letmathe', shelfmark: 'JE Fun' },
    ]);
  });
});
