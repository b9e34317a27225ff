import type { MediaType } from '../tables';
import { controlField, type MarcRecord } from './record';

/** 008 positions of "form of item" by the record's kind: 23 for books, music and sound, 29 for maps and films. */
const FORM_OF_ITEM_AT_29 = new Set(['e', 'f', 'g', 'k', 'o', 'r']);
/** Form of item "o" (online) and "s" (electronic), both what the Onleihe lends. */
const ELECTRONIC_FORMS = new Set(['o', 's']);

/**
 * What a record is, for readers: from leader/06 (type of record) and /07 (bibliographic level), 007/00
 * (category of material: "c" electronic, "v" video) and 008's form of item and type of computer file.
 * Text and spoken word that is electronic or links to the Onleihe is an e-book or e-audio.
 */
export function mediaTypeOf(record: MarcRecord, hasOnleiheLink: boolean): MediaType {
  const type = record.leader[6] ?? ' ';
  const level = record.leader[7] ?? ' ';
  const physical = controlField(record, '007') ?? '';
  const fixed = controlField(record, '008') ?? '';
  const form = fixed[FORM_OF_ITEM_AT_29.has(type) ? 29 : 23] ?? ' ';
  const electronic = hasOnleiheLink || physical[0] === 'c' || ELECTRONIC_FORMS.has(form);
  switch (type) {
    case 'a':
    case 't':
      if (level === 's') return 'magazine';
      return electronic ? 'ebook' : 'book';
    case 'i':
      return electronic ? 'eaudio' : 'audiobook';
    case 'j':
      return 'music_cd';
    case 'g':
      return physical[0] === 'v' || physical === '' ? 'dvd' : 'other';
    case 'e':
    case 'f':
      return 'map';
    case 'c':
    case 'd':
      return 'sheet_music';
    case 'm':
      // 008/26 type of computer file: "g" game.
      if (fixed[26] === 'g') return 'game';
      return hasOnleiheLink ? 'ebook' : 'other';
    case 'r':
      // 008/33 type of visual material: "g" game (board games, toys lent by the library).
      return fixed[33] === 'g' ? 'game' : 'other';
    default:
      return 'other';
  }
}
