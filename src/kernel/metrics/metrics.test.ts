import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, testConfig, type TestApp } from '../../../tests/support/test-app';
import { ConfigError } from '../config';
import { enqueue } from '../jobs';
import { escapeLabelValue, exposition } from './exposition';

const TOKEN = 'metrics-token-0123456789-abcdefghijklmnop';

interface ParsedSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * A strict reader of the text format 0.0.4: every line is a HELP, a TYPE or a sample; a family's
 * HELP and TYPE come once, before its samples; label values are unescaped. Throws on anything else.
 */
function parseExposition(text: string): { types: Map<string, string>; samples: ParsedSample[] } {
  assert.ok(text.endsWith('\n'), 'the exposition ends with a line feed');
  const types = new Map<string, string>();
  const helps = new Set<string>();
  const samples: ParsedSample[] = [];
  for (const line of text.slice(0, -1).split('\n')) {
    const help = /^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (help) {
      assert.ok(!helps.has(help[1]!), `one HELP for ${help[1]}`);
      helps.add(help[1]!);
      continue;
    }
    if (type) {
      assert.ok(helps.has(type[1]!) && !types.has(type[1]!), `TYPE of ${type[1]} once, after its HELP`);
      types.set(type[1]!, type[2]!);
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*",?)*)\})? (\S+)$/.exec(line);
    assert.ok(sample, `a valid sample line: ${JSON.stringify(line)}`);
    const [, name, labelText, value] = sample;
    const family = [...types.keys()].find(
      (known) => name === known || (types.get(known) === 'histogram' && /^_(bucket|sum|count)$/.test(name!.slice(known.length)) && name!.startsWith(known)),
    );
    assert.ok(family, `${name} belongs to a family declared before it`);
    const labels: Record<string, string> = {};
    for (const match of (labelText ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[match[1]!] = match[2]!.replace(/\\(.)/g, (_, char: string) => (char === 'n' ? '\n' : char));
    }
    const number = value === '+Inf' ? Infinity : value === '-Inf' ? -Infinity : Number(value);
    assert.ok(value === 'NaN' || !Number.isNaN(number), `a number: ${value}`);
    samples.push({ name: name!, labels, value: number });
  }
  return { types, samples };
}

function find(samples: ParsedSample[], name: string, labels: Record<string, string> = {}): ParsedSample[] {
  return samples.filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
}

describe('the text format', () => {
  it('escapes backslash, double quote and line feed in label values, and only those', () => {
    assert.equal(escapeLabelValue('a\\b"c\nd/é'), 'a\\\\b\\"c\\nd/é');
    const text = exposition([
      { name: 'demo_total', help: 'A help with a \\ and a\nline feed.', type: 'counter', samples: [{ labels: { path: '/x"\\\n', kind: 'ä' }, value: 3 }] },
      { name: 'demo_gauge', help: 'Gauge.', type: 'gauge', samples: [{ value: Infinity }, { labels: { a: 'b' }, value: 0.25 }] },
    ]);
    assert.ok(text.includes('# HELP demo_total A help with a \\\\ and a\\nline feed.\n'));
    const { types, samples } = parseExposition(text);
    assert.deepEqual(
      [...types],
      [
        ['demo_total', 'counter'],
        ['demo_gauge', 'gauge'],
      ],
    );
    assert.deepEqual(samples[0], { name: 'demo_total', labels: { path: '/x"\\\n', kind: 'ä' }, value: 3 });
    assert.equal(samples[1]!.value, Infinity);
  });

  it('refuses names Prometheus would not read', () => {
    assert.throws(() => exposition([{ name: 'bad-name', help: 'x', type: 'gauge', samples: [] }]), /invalid metric name/);
    assert.throws(() => exposition([{ name: 'ok', help: 'x', type: 'gauge', samples: [{ labels: { 'bad-label': 'x' }, value: 1 }] }]), /invalid label name/);
  });
});

describe('GET /metrics', () => {
  let t: TestApp;
  let without: TestApp;
  before(async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: TOKEN } });
    without = await createTestApp();
  });
  after(async () => {
    await t.close();
    await without.close();
  });

  const scrape = (app: TestApp, authorization?: string) => app.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });

  it('a METRICS_TOKEN too short or with spaces is a configuration problem, named with its key, in German', () => {
    assert.throws(
      () => testConfig({ METRICS_TOKEN: 'kurz' }),
      (error: unknown) =>
        error instanceof ConfigError && error.problems.some((problem) => /^METRICS_TOKEN: muss mindestens 32 Zeichen lang sein/.test(problem)),
    );
    assert.throws(
      () => testConfig({ METRICS_TOKEN: `${TOKEN} mit Leerzeichen` }),
      (error: unknown) => error instanceof ConfigError && error.problems.some((problem) => /^METRICS_TOKEN: darf nur sichtbare ASCII-Zeichen/.test(problem)),
    );
  });

  it('does not exist without METRICS_TOKEN (404)', async () => {
    assert.equal((await scrape(without, `Bearer ${TOKEN}`)).statusCode, 404);
  });

  it('wants the token as bearer: 401 without, with another of the same length, or another scheme', async () => {
    for (const header of [undefined, `Bearer ${TOKEN.replace(/.$/, 'X')}`, `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, 'Bearer']) {
      const response = await scrape(t, header);
      assert.equal(response.statusCode, 401, String(header));
      assert.equal(response.headers['www-authenticate'], 'Bearer realm="metrics"');
      assert.doesNotMatch(response.body, /stadtportal_/);
    }
  });

  it('answers the text format with process, HTTP, job and outbox figures that follow what happened', async () => {
    await t.app.inject({ method: 'GET', url: '/healthz' });
    await t.app.inject({ method: 'GET', url: '/healthz' });
    await t.app.inject({ method: 'GET', url: '/gibt-es-nicht/123' });
    await enqueue(t.db, 'metrics.test', {});
    await t.db.execute(sql`insert into mail_outbox (to_address, subject, text_body) values ('a@example.org', 'Test', 'Text')`);
    await t.db.execute(sql`insert into mail_outbox (to_address, subject, text_body, status) values ('b@example.org', 'Test', 'Text', 'failed')`);

    const response = await scrape(t, `Bearer ${TOKEN}`);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/plain; version=0.0.4; charset=utf-8');
    assert.equal(response.headers['cache-control'], 'no-store');
    const { types, samples } = parseExposition(response.body);

    assert.equal(types.get('stadtportal_http_request_duration_seconds'), 'histogram');
    assert.equal(find(samples, 'stadtportal_http_requests_total', { method: 'GET', route: '/healthz', status: '2xx' })[0]?.value, 2);
    assert.equal(
      find(samples, 'stadtportal_http_requests_total', { route: 'unmatched', status: '4xx' })[0]?.value,
      1,
      'an unknown URL is one series, not its path',
    );
    assert.equal(samples.filter((sample) => JSON.stringify(sample.labels).includes('gibt-es-nicht')).length, 0);
    const buckets = find(samples, 'stadtportal_http_request_duration_seconds_bucket', { route: '/healthz' });
    assert.equal(buckets.at(-1)?.labels.le, '+Inf');
    assert.equal(buckets.at(-1)?.value, 2);
    assert.deepEqual(
      buckets.map((bucket) => bucket.value),
      [...buckets.map((bucket) => bucket.value)].sort((a, b) => a - b),
      'cumulative buckets',
    );
    assert.equal(find(samples, 'stadtportal_http_request_duration_seconds_count', { route: '/healthz' })[0]?.value, 2);

    assert.ok(find(samples, 'process_resident_memory_bytes')[0]!.value > 10_000_000);
    assert.ok(find(samples, 'process_uptime_seconds')[0]!.value > 0);
    assert.ok(find(samples, 'nodejs_eventloop_lag_p99_seconds')[0]!.value >= 0);
    assert.equal(find(samples, 'stadtportal_database_up')[0]?.value, 1);
    assert.equal(find(samples, 'stadtportal_jobs', { state: 'due' })[0]?.value, 1);
    assert.equal(find(samples, 'stadtportal_jobs', { state: 'failed' })[0]?.value, 0);
    assert.equal(find(samples, 'stadtportal_outbox_messages', { channel: 'mail', status: 'queued' })[0]?.value, 1);
    assert.equal(find(samples, 'stadtportal_outbox_messages', { channel: 'mail', status: 'failed' })[0]?.value, 1);
    assert.equal(find(samples, 'stadtportal_outbox_messages', { channel: 'sms', status: 'queued' })[0]?.value, 0);
    const pool = find(samples, 'stadtportal_database_pool_clients');
    if (t.deps.database.kind === 'postgres') {
      assert.deepEqual(
        pool.map((sample) => sample.labels.state),
        ['total', 'idle', 'waiting'],
      );
      assert.ok(pool[0]!.value >= 1, 'the scrape itself used a connection');
    } else assert.deepEqual(pool, [], 'PGlite has no pool');
  });
});
