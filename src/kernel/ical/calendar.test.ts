import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeCalendar } from './calendar';
import { escapeText, foldLine, MAX_LINE_OCTETS, utcDateTime } from './content-lines';

interface ParsedProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/**
 * A strict reader of what the writer produces, written from RFC 5545 rather than from the writer:
 * CRLF line ends, unfolding (CRLF + one space or tab), parameters with quoted values, TEXT unescaped.
 */
function parse(document: string): ParsedProperty[] {
  assert.ok(document.endsWith('\r\n'), 'ends with CRLF');
  assert.doesNotMatch(document.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
  const physical = document.slice(0, -2).split('\r\n');
  for (const line of physical) assert.ok(Buffer.byteLength(line) <= MAX_LINE_OCTETS, `line of ${Buffer.byteLength(line)} octets: ${line}`);
  const logical = physical
    .join('\r\n')
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  return logical.map((line) => {
    const match = /^([A-Z0-9-]+)((?:;[A-Z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/.exec(line);
    assert.ok(match, `a content line: ${line}`);
    const params: Record<string, string> = {};
    for (const param of match[2]!.matchAll(/;([A-Z0-9-]+)=((?:"[^"]*"|[^";:]*)(?:,(?:"[^"]*"|[^";:,]*))*)/g)) params[param[1]!] = param[2]!.replace(/"/g, '');
    return { name: match[1]!, params, value: match[3]! };
  });
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_all, character: string) => (character.toLowerCase() === 'n' ? '\n' : character));
}

type ICalendar = Parameters<typeof writeCalendar>[0];

const STAMP = new Date('2027-01-10T08:00:00.123Z');
const TRICKY = 'Töpfern, Glasieren; Brennen\\Malen\nZweite Zeile\r\nDritte 🎨 Zeile\u0007';

function calendar(overrides: Partial<ICalendar> = {}): ICalendar {
  return {
    prodId: '-//Stadt Beispiel//Stadtportal//DE',
    name: 'Töpfern für Anfänger, Kurs 271-30105',
    url: 'https://portal.example/bildung/vhs/kurse/toepfern.ics',
    stamp: STAMP,
    events: [
      {
        uid: 'session-1@portal.example',
        start: new Date('2027-01-14T17:30:00Z'),
        end: new Date('2027-01-14T19:00:00Z'),
        summary: TRICKY,
        description: 'ä'.repeat(100),
        location: 'VHS im Stadtbahnhof, Bahnhofsplatz 2, 58644 Beispielstadt',
        url: 'https://portal.example/bildung/vhs/kurse/toepfern',
        sequence: 3,
        status: 'CONFIRMED',
      },
      {
        uid: 'session-2@portal.example',
        start: new Date('2027-01-21T17:30:00Z'),
        end: new Date('2027-01-21T19:00:00Z'),
        summary: 'Töpfern',
        status: 'CANCELLED',
        conferences: [{ uri: 'https://portal.example/bildung/vhs/kurse/toepfern', features: ['VIDEO'], label: 'Webinar: Zugang, über die Kursseite' }],
      },
    ],
    ...overrides,
  };
}

describe('iCalendar writer (RFC 5545/7986)', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops control characters', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf\rg\u0000h\ti'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });

  it('writes UTC DATE-TIME values without milliseconds, and refuses an invalid date', () => {
    assert.equal(utcDateTime(new Date('2027-03-05T07:04:09.999Z')), '20270305T070409Z');
    assert.throws(() => utcDateTime(new Date('nonsense')), RangeError);
  });

  it('folds at 75 octets, never inside a UTF-8 sequence or surrogate pair, and unfolds to the same line', () => {
    for (const line of ['A'.repeat(75), 'A'.repeat(76), 'ä'.repeat(80), `X${'🎨'.repeat(40)}`, `DESCRIPTION:${'Ab'.repeat(200)}`]) {
      const folded = foldLine(line);
      const parts = folded.split('\r\n');
      for (const part of parts) {
        assert.ok(Buffer.byteLength(part) <= MAX_LINE_OCTETS, `${Buffer.byteLength(part)} octets`);
        assert.ok(!part.includes('\ufffd') && Buffer.from(part, 'utf8').toString('utf8') === part, 'each line is valid UTF-8 on its own');
      }
      for (const part of parts.slice(1)) assert.ok(part.startsWith(' '));
      assert.equal(folded.replace(/\r\n /g, ''), line);
    }
    assert.equal(foldLine('A'.repeat(75)), 'A'.repeat(75), 'exactly 75 octets stay one line');
    assert.equal(foldLine('A'.repeat(76)).split('\r\n').length, 2);
  });

  it('writes a published calendar whose values parse back to what went in', () => {
    const properties = parse(writeCalendar(calendar()));
    const names = properties.map((property) => property.name);
    assert.deepEqual(names.slice(0, 5), ['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD']);
    assert.equal(properties.find((property) => property.name === 'METHOD')?.value, 'PUBLISH');
    assert.equal(properties.find((property) => property.name === 'VERSION')?.value, '2.0');
    assert.equal(unescapeText(properties.find((property) => property.name === 'NAME')!.value), 'Töpfern für Anfänger, Kurs 271-30105');
    assert.equal(names.filter((name) => name === 'BEGIN').length, 3, 'VCALENDAR and two VEVENTs');
    assert.equal(names.at(-1), 'END');

    const summaries = properties.filter((property) => property.name === 'SUMMARY').map((property) => unescapeText(property.value));
    assert.deepEqual(summaries, [TRICKY.replace(/\r\n/g, '\n').replace('\u0007', ''), 'Töpfern']);
    assert.equal(unescapeText(properties.find((property) => property.name === 'DESCRIPTION')!.value), 'ä'.repeat(100));
    assert.deepEqual(
      properties.filter((property) => property.name === 'DTSTAMP').map((property) => property.value),
      ['20270110T080000Z', '20270110T080000Z'],
    );
    assert.deepEqual(
      properties.filter((property) => property.name === 'UID').map((property) => property.value),
      ['session-1@portal.example', 'session-2@portal.example'],
    );
    assert.equal(properties.find((property) => property.name === 'SEQUENCE')?.value, '3');
    assert.deepEqual(
      properties.filter((property) => property.name === 'STATUS').map((property) => property.value),
      ['CONFIRMED', 'CANCELLED'],
    );
    const conference = properties.find((property) => property.name === 'CONFERENCE')!;
    assert.deepEqual(conference.params, { VALUE: 'URI', FEATURE: 'VIDEO', LABEL: 'Webinar: Zugang, über die Kursseite' });
    assert.equal(conference.value, 'https://portal.example/bildung/vhs/kurse/toepfern');
  });

  it('writes reminders as display alarms inside the event, days as days and the rest as minutes', () => {
    const [event] = calendar().events;
    const properties = parse(
      writeCalendar(
        calendar({
          events: [
            {
              ...event!,
              alarms: [
                { minutesBefore: 1440, description: 'Morgen: Termin, bitte Ausweis mitbringen' },
                { minutesBefore: 90, description: 'Gleich' },
              ],
            },
          ],
        }),
      ),
    );
    const names = properties.map((property) => `${property.name}:${property.name === 'BEGIN' || property.name === 'END' ? property.value : ''}`);
    assert.ok(
      names.indexOf('BEGIN:VALARM') > names.indexOf('BEGIN:VEVENT') && names.lastIndexOf('END:VALARM') < names.indexOf('END:VEVENT'),
      'inside the event',
    );
    const alarms = properties.filter((property) => ['ACTION', 'DESCRIPTION', 'TRIGGER'].includes(property.name) && names.indexOf('BEGIN:VALARM') >= 0);
    assert.deepEqual(
      alarms.filter((property) => property.name === 'TRIGGER').map((property) => property.value),
      ['-P1D', '-PT90M'],
    );
    assert.equal(alarms.filter((property) => property.name === 'ACTION' && property.value === 'DISPLAY').length, 2);
    assert.ok(properties.some((property) => property.name === 'DESCRIPTION' && property.value === 'Morgen: Termin\\, bitte Ausweis mitbringen'));
  });

  it('writes an empty calendar, and refuses an event that ends before it starts', () => {
    const properties = parse(writeCalendar(calendar({ events: [], name: undefined, url: undefined })));
    assert.deepEqual(
      properties.map((property) => property.name),
      ['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'END'],
    );
    const [event] = calendar().events;
    assert.throws(() => writeCalendar(calendar({ events: [{ ...event!, end: new Date(event!.start.getTime() - 1) }] })), RangeError);
  });

  it('keeps line breaks and control characters out of URIs and parameter values', () => {
    const document = writeCalendar(
      calendar({
        url: 'https://portal.example/a\r\nX-EVIL:1',
        events: [{ ...calendar().events[1]!, conferences: [{ uri: 'https://x.example/\nBEGIN:VEVENT', features: ['VIDEO'], label: 'a"b\r\nc' }] }],
      }),
    );
    const properties = parse(document);
    assert.ok(!properties.some((property) => property.name === 'X-EVIL'));
    assert.equal(properties.filter((property) => property.name === 'BEGIN').length, 2);
    assert.equal(properties.find((property) => property.name === 'CONFERENCE')?.params.LABEL, "a'b c");
  });
});
