import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { renderToString as render } from 'preact-render-to-string';
import { MODULES } from '../../registry';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/database';
import { parseHtml } from '../../../tests/support/html';
import { SpamFields } from '../views/components/spam-fields';
import { formStamp, guardAgainstSpam, judgeSpamFields, SPAM_ERROR_KEY, SPAM_FIELDS, type SpamRule } from './spam-guard';

const SECRET = 'test-secret-test-secret-test-secret-0123';
const RULE: SpamRule = { form: 'test.report', rateLimit: { limit: 2, windowSeconds: 3600 } };
const NOW = Date.UTC(2026, 11, 7, 10, 0, 0);
const SECOND = 1000;

function sent(stamp: string, trap = ''): Record<string, unknown> {
  return { [SPAM_FIELDS.stamp]: stamp, [SPAM_FIELDS.trap]: trap, description: 'Bushaltestelle' };
}

describe('spam guard: honeypot and signed form stamp', () => {
  it('passes a form a person filled in after some seconds', () => {
    assert.equal(judgeSpamFields(sent(formStamp(SECRET, RULE.form, NOW - 20 * SECOND)), SECRET, RULE, NOW), 'passed');
  });

  it('refuses a filled-in honeypot, and a form without the honeypot field at all', () => {
    const stamp = formStamp(SECRET, RULE.form, NOW - 20 * SECOND);
    assert.equal(judgeSpamFields(sent(stamp, 'https://spam.example'), SECRET, RULE, NOW), 'trap');
    assert.equal(judgeSpamFields({ [SPAM_FIELDS.stamp]: stamp }, SECRET, RULE, NOW), 'forged');
  });

  it('refuses a form sent back too fast (under 3 seconds) and one older than 4 hours; the limits are per form', () => {
    assert.equal(judgeSpamFields(sent(formStamp(SECRET, RULE.form, NOW - 1 * SECOND)), SECRET, RULE, NOW), 'too_fast');
    assert.equal(judgeSpamFields(sent(formStamp(SECRET, RULE.form, NOW + 60 * SECOND)), SECRET, RULE, NOW), 'too_fast');
    assert.equal(judgeSpamFields(sent(formStamp(SECRET, RULE.form, NOW - 3 * SECOND)), SECRET, RULE, NOW), 'passed');
    assert.equal(judgeSpamFields(sent(formStamp(SECRET, RULE.form, NOW - 5 * 3600 * SECOND)), SECRET, RULE, NOW), 'expired');
    const patient = { ...RULE, minSeconds: 30, maxSeconds: 600 };
    assert.equal(judgeSpamFields(sent(formStamp(SECRET, RULE.form, NOW - 20 * SECOND)), SECRET, patient, NOW), 'too_fast');
    assert.equal(judgeSpamFields(sent(formStamp(SECRET, RULE.form, NOW - 700 * SECOND)), SECRET, patient, NOW), 'expired');
  });

  it('refuses a forged stamp: another secret, another form, a changed time, garbage or none', () => {
    const issued = NOW - 20 * SECOND;
    assert.equal(judgeSpamFields(sent(formStamp('another-secret-another-secret-0123456', RULE.form, issued)), SECRET, RULE, NOW), 'forged');
    assert.equal(judgeSpamFields(sent(formStamp(SECRET, 'other.form', issued)), SECRET, RULE, NOW), 'forged');
    const [, signature] = formStamp(SECRET, RULE.form, issued).split('.');
    assert.equal(judgeSpamFields(sent(`${issued - 3600 * SECOND}.${signature}`), SECRET, RULE, NOW), 'forged');
    for (const garbage of ['', 'abc', '123.', `${issued}.short`, `${issued}.${'x'.repeat(500)}`]) {
      assert.equal(judgeSpamFields(sent(garbage), SECRET, RULE, NOW), 'forged', garbage);
    }
    assert.equal(judgeSpamFields({ [SPAM_FIELDS.trap]: '' }, SECRET, RULE, NOW), 'forged');
    assert.equal(judgeSpamFields({ [SPAM_FIELDS.trap]: '', [SPAM_FIELDS.stamp]: ['1', '2'] }, SECRET, RULE, NOW), 'forged');
  });
});

describe('spam guard: the fields in the form', () => {
  it('renders the stamp, and a honeypot hidden from screen readers and out of the tab order', () => {
    const html = render(<SpamFields stamp="123.abc" />);
    const root = parseHtml(html);
    assert.equal(root.querySelector(`input[name="${SPAM_FIELDS.stamp}"]`)?.getAttribute('type'), 'hidden');
    assert.equal(root.querySelector(`input[name="${SPAM_FIELDS.stamp}"]`)?.getAttribute('value'), '123.abc');
    const trap = root.querySelector(`input[name="${SPAM_FIELDS.trap}"]`);
    assert.equal(trap?.getAttribute('tabindex'), '-1');
    assert.equal(trap?.getAttribute('value'), '');
    assert.equal(trap?.closest('.spam-trap')?.getAttribute('aria-hidden'), 'true');
    assert.equal(root.querySelector(`#${SPAM_ERROR_KEY}`), null);
  });

  it('shows the refusal at its anchor for the error summary', () => {
    const html = render(<SpamFields stamp="1.a" errors={{ [SPAM_ERROR_KEY]: 'Wir konnten das Formular nicht annehmen.' }} />);
    assert.match(parseHtml(html).querySelector(`#${SPAM_ERROR_KEY}`)?.text ?? '', /Fehler: Wir konnten das Formular nicht annehmen\./);
  });
});

describe('spam guard: all checks with the rate limit', () => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase(MODULES);
  });
  after(() => database.close());
  beforeEach(() => database.emptyAll());

  const guard = (fields: Record<string, unknown>, ip = '198.51.100.7') =>
    guardAgainstSpam(database.handle.db, { fields, ip }, { secret: SECRET, rule: RULE, now: NOW });
  const good = () => sent(formStamp(SECRET, RULE.form, NOW - 20 * SECOND));

  it('lets the allowed number through per IP, then refuses with the same message as every other check', async () => {
    assert.deepEqual(await guard(good()), { ok: true, verdict: 'passed' });
    assert.deepEqual(await guard(good()), { ok: true, verdict: 'passed' });
    const limited = await guard(good());
    assert.equal(limited.ok, false);
    assert.equal(limited.verdict, 'rate_limited');
    assert.equal((await guard(good(), '203.0.113.9')).ok, true, 'another IP has its own allowance');
    const caught = await guard(sent(formStamp(SECRET, RULE.form, NOW), 'spam'));
    assert.ok(!limited.ok && !caught.ok);
    assert.deepEqual(limited.errors, caught.errors, 'a bot cannot tell which check caught it');
    assert.match(limited.errors[SPAM_ERROR_KEY] ?? '', /senden Sie das Formular noch einmal ab/);
  });

  it('does not count refused submissions against the allowance', async () => {
    for (let i = 0; i < 5; i += 1) assert.equal((await guard(sent('forged'))).verdict, 'forged');
    assert.equal((await guard(good())).ok, true);
  });
});
