import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../../../kernel/config';
import { bbbChecksum, encodeQuery, signQuery, verifySignedQuery } from './checksum';
import { bbbClient } from './client';
import { endCallbackSignature, isGenuineEndCallback } from './end-callback';
import { startFakeBbbServer, type FakeBbbServer } from './fake-bbb-server';
import { BbbError, parseBbbResponse } from './xml-response';

const fixture = (name: string) => readFileSync(join(PROJECT_ROOT, 'tests/fixtures/bbb', name), 'utf8');
const SECRET = 'ein-geteiltes-geheimnis-für-tests';

describe('BigBlueButton checksum', () => {
  const vector = { query: 'name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444', secret: '639259d4-9dd8-4b25-bf01-95f9567eaf4b' };

  it('matches the documented SHA-1 test vector and is SHA-256 by default', () => {
    assert.equal(bbbChecksum('create', vector.query, vector.secret, 'sha1'), '1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17');
    assert.equal(bbbChecksum('create', vector.query, vector.secret), 'da9185f7f333cfdfcd6eeac32dca3777510c4c436020d8b887ba5515bd1d189e');
    assert.equal(bbbChecksum('create', vector.query, vector.secret, 'sha512').length, 128);
  });

  it('encodes spaces as %20, UTF-8 names byte by byte, and the characters proxies re-encode', () => {
    assert.equal(encodeQuery([['fullName', "Jürgen Weiß (O'Neill)*"]]), 'fullName=J%C3%BCrgen%20Wei%C3%9F%20%28O%27Neill%29%2A');
    assert.equal(encodeQuery([['welcome', 'a+b&c=d']]), 'welcome=a%2Bb%26c%3Dd');
  });

  it('verifies like bbb-web: any algorithm by its length, and the exact string that was signed', () => {
    for (const algorithm of ['sha1', 'sha256', 'sha384', 'sha512'] as const) {
      assert.ok(verifySignedQuery('join', signQuery('join', 'fullName=A%20B&meetingID=m1', SECRET, algorithm), SECRET), algorithm);
    }
    const signed = signQuery('join', 'fullName=A%20B&meetingID=m1', SECRET, 'sha256');
    assert.equal(verifySignedQuery('join', signed.replace('%20', '+'), SECRET), false, 'a proxy that re-encodes the space breaks the checksum');
    assert.equal(verifySignedQuery('create', signed, SECRET), false, 'the call name is signed too');
    assert.equal(verifySignedQuery('join', signed, 'ein anderes Geheimnis'), false);
    assert.equal(verifySignedQuery('join', 'fullName=A%20B&meetingID=m1', SECRET), false, 'no checksum');
  });
});

describe('BigBlueButton answers', () => {
  it('reads the recorded answers of create, join and isMeetingRunning', () => {
    const created = parseBbbResponse(fixture('create.xml'));
    assert.equal(created.createTime, '1531155809613');
    assert.equal(created.messageKey, 'duplicateWarning');
    assert.equal(parseBbbResponse(fixture('join-redirect-false.xml')).messageKey, 'successfullyJoined');
    assert.equal(parseBbbResponse(fixture('isMeetingRunning.xml')).running, 'true');
    assert.equal(parseBbbResponse(fixture('end.xml')).messageKey, 'sentEndMeetingRequest');
    const info = parseBbbResponse(fixture('getMeetingInfo.xml'));
    assert.equal(info.meetingName, "Anton G's Room");
    assert.equal(info.running, 'true');
  });

  it('turns FAILED into an error carrying the messageKey, and anything not XML into invalidResponse', () => {
    assert.throws(
      () => parseBbbResponse(fixture('checksumError.xml')),
      (error: unknown) => error instanceof BbbError && error.messageKey === 'checksumError' && error.serverMessage === 'Checksums do not match',
    );
    for (const body of ['<html><body>502 Bad Gateway</body></html>', '<response><returncode>SUCC', '']) {
      assert.throws(
        () => parseBbbResponse(body),
        (error: unknown) => error instanceof BbbError && error.messageKey === 'invalidResponse',
        body,
      );
    }
  });
});

describe('BigBlueButton client against a server that checks checksums', () => {
  let server: FakeBbbServer;
  before(async () => (server = await startFakeBbbServer(SECRET)));
  after(() => server.close());

  it('creates before joining, creates again without harm, and signs join URLs per participant and role', async () => {
    const client = bbbClient({ url: server.url, sharedSecret: SECRET, algorithm: 'sha256' });
    const first = await client.create({
      meetingID: 'kurs-271-30105',
      name: 'Italienisch für Anfänger – Grundstufe A1 (online, mit Übungen am Wochenende und Prüfung)',
    });
    const again = await client.create({ meetingID: 'kurs-271-30105', name: 'Italienisch' });
    assert.equal(first.existed, false);
    assert.equal(again.existed, true);
    assert.equal(again.createTime, first.createTime);
    assert.equal([...server.meetings.get('kurs-271-30105')!.name].length, 64, 'the name is cut to the 64 characters bbb-web takes');
    assert.equal(await client.isMeetingRunning('kurs-271-30105'), false);

    for (const [fullName, role] of [
      ['Jürgen Weiß', 'VIEWER'],
      ['Ana María Núñez', 'MODERATOR'],
    ] as const) {
      const url = client.joinUrl({ meetingID: 'kurs-271-30105', fullName, role, userID: fullName.length.toString(), createTime: first.createTime });
      assert.match(url, /checksum=[0-9a-f]{64}$/);
      assert.doesNotMatch(url, /\+/);
      const answer = parseBbbResponse(await (await fetch(url)).text());
      assert.equal(answer.messageKey, 'successfullyJoined');
    }
    assert.deepEqual(
      server.joins.map(({ fullName, role }) => [fullName, role]),
      [
        ['Jürgen Weiß', 'VIEWER'],
        ['Ana María Núñez', 'MODERATOR'],
      ],
    );
    assert.equal(await client.isMeetingRunning('kurs-271-30105'), true);
    assert.ok(server.calls.every((call) => call.signed));
  });

  it('says which: a wrong shared secret, a meeting not created, a server that does not answer', async () => {
    const wrong = bbbClient({ url: server.url, sharedSecret: 'falsch', algorithm: 'sha512' });
    await assert.rejects(
      wrong.create({ meetingID: 'x1', name: 'Kurs' }),
      (error: unknown) => error instanceof BbbError && error.messageKey === 'checksumError',
    );

    const client = bbbClient({ url: server.url, sharedSecret: SECRET, algorithm: 'sha1' });
    const notCreated = await (await fetch(client.joinUrl({ meetingID: 'nie-angelegt', fullName: 'A', role: 'VIEWER', userID: '1' }))).text();
    assert.throws(
      () => parseBbbResponse(notCreated),
      (error: unknown) => error instanceof BbbError && error.messageKey === 'invalidMeetingIdentifier',
    );

    const gone = bbbClient({ url: 'http://127.0.0.1:9/bigbluebutton/', sharedSecret: SECRET, algorithm: 'sha256', timeoutMs: 1000 });
    await assert.rejects(gone.isMeetingRunning('x'), (error: unknown) => error instanceof BbbError && error.messageKey === 'unreachable');
  });

  it('signs its end callback URL; a forged or altered callback is refused', () => {
    const signature = endCallbackSignature('kurs-1', SECRET);
    assert.ok(isGenuineEndCallback('kurs-1', signature, SECRET));
    assert.equal(isGenuineEndCallback('kurs-2', signature, SECRET), false);
    assert.equal(isGenuineEndCallback('kurs-1', endCallbackSignature('kurs-1', 'geraten'), SECRET), false);
    assert.equal(isGenuineEndCallback('kurs-1', '', SECRET), false);
  });
});
