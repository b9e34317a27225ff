import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { berlinMoment } from './berlin-time';
import { PROGRAMME_FORMAT } from './programme-format';
import { readProgrammeJson } from './read-json';

const course = (overrides: Record<string, unknown> = {}) => ({
  number: '271-30105',
  term: '2027-1',
  area: 'sprachen',
  title: 'Italienisch',
  summary: 'A1',
  format: 'online',
  instructor: 'Giulia Rossi',
  feeCents: 8900,
  minParticipants: 5,
  maxParticipants: 12,
  bookingClosesAt: '2027-03-01T18:00:00+01:00',
  cancellableUntil: '2027-02-22T23:59:00+01:00',
  sessions: [{ startsAt: '2027-03-04T18:00:00+01:00', endsAt: '2027-03-04T19:30:00+01:00' }],
  ...overrides,
});
const file = (courses: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ format: PROGRAMME_FORMAT, courses, ...extra });

describe('reading a JSON programme', () => {
  it('names each problem by course, session and field, all at once', () => {
    const result = readProgrammeJson(
      file([
        course(),
        course({ number: '271-30106', feeCents: '89,00', sessions: [{ startsAt: '2027-03-04T18:00:00+01:00', endsAt: '4. März' }] }),
        course({ number: '271-30107', minParticipants: 20, format: 'hybrid' }),
      ]),
    );
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.problems, [
      'Kurs 2 (271-30106), Feld feeCents: Die Gebühr: Geben Sie den Betrag in Cent als ganze Zahl an.',
      'Kurs 2 (271-30106), Termin 1, Feld endsAt: Ende: Geben Sie Datum und Uhrzeit nach ISO 8601 mit Zeitzone an, zum Beispiel 2027-03-01T18:00:00+01:00.',
    ]);
    const rules = readProgrammeJson(file([course({ number: '271-30107', minParticipants: 20, format: 'hybrid' })]));
    assert.deepEqual(!rules.ok && rules.problems, [
      'Kurs 1 (271-30107), Feld minParticipants: Die Mindestzahl ist größer als die Höchstzahl.',
      'Kurs 1 (271-30107), Feld place: Ein Kurs in Präsenz oder hybrid braucht einen Ort.',
    ]);
  });

  it('refuses two sessions of a course at the same start (a session is known by its start)', () => {
    const session = { startsAt: '2027-03-04T18:00:00+01:00', endsAt: '2027-03-04T19:30:00+01:00' };
    const result = readProgrammeJson(file([course({ sessions: [session, { ...session, startsAt: '2027-03-04T17:00:00Z' }] })]));
    assert.deepEqual(!result.ok && result.problems, [
      'Kurs 1 (271-30105), Termin 2, Feld startsAt: Zu dieser Zeit beginnt schon ein anderer Termin des Kurses.',
    ]);
  });

  it('refuses what is not JSON or not this format, plainly', () => {
    const broken = readProgrammeJson('{"format": ');
    assert.match(!broken.ok ? broken.problems[0]! : '', /^Datei: Das ist kein gültiges JSON/);
    const other = readProgrammeJson(JSON.stringify({ courses: [] }));
    assert.deepEqual(!other.ok && other.problems, [`Feld format: Die Datei muss "format": "${PROGRAMME_FORMAT}" angeben.`]);
  });

  it('drops bank data wherever it stands and says so', () => {
    const result = readProgrammeJson(file([course({ iban: 'DE02120300000000202051', sepaMandat: 'M-1' })], { bic: 'BYLADEM1001' }));
    assert.ok(result.ok);
    assert.deepEqual(result.notes, ['Bankdaten nicht übernommen (bleiben im Verwaltungssystem): bic, iban, sepaMandat.']);
    assert.doesNotMatch(JSON.stringify(result.file), /DE0212|BYLADEM|M-1/);
  });
});

describe('Berlin wall-clock time', () => {
  it('knows winter and summer time, also on the days they change, and refuses dates that do not exist', () => {
    assert.equal(berlinMoment(2027, 1, 15, 18, 0)?.toISOString(), '2027-01-15T17:00:00.000Z');
    assert.equal(berlinMoment(2027, 7, 15, 18, 0)?.toISOString(), '2027-07-15T16:00:00.000Z');
    assert.equal(berlinMoment(2027, 3, 28, 12, 0)?.toISOString(), '2027-03-28T10:00:00.000Z', 'the day summer time begins');
    assert.equal(berlinMoment(2027, 10, 31, 12, 0)?.toISOString(), '2027-10-31T11:00:00.000Z', 'the day it ends');
    assert.equal(berlinMoment(2027, 2, 31, 18, 0), undefined);
    assert.equal(berlinMoment(2027, 3, 1, 24, 0), undefined);
  });
});
