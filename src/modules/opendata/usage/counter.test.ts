import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCountable } from './bots';
import { UsageCounter } from './counter';
import { addDays, daysBetween, usageDay } from './days';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0';

describe('opendata usage: what counts', () => {
  const cases: Array<[string, string, string | undefined, boolean]> = [
    ['a browser', 'GET', FIREFOX, true],
    ['an API client', 'POST', 'ckanapi/4.7', true],
    ['a script', 'GET', 'python-requests/2.32', true],
    ['no user agent', 'GET', undefined, true],
    ['HEAD', 'HEAD', FIREFOX, false],
    ['OPTIONS', 'OPTIONS', FIREFOX, false],
    ['Googlebot', 'GET', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', false],
    ['Common Crawl', 'GET', 'CCBot/2.0 (https://commoncrawl.org/faq/)', false],
    ['Baiduspider', 'GET', 'Mozilla/5.0 (compatible; Baiduspider/2.0)', false],
    ['a link preview', 'GET', 'facebookexternalhit/1.1', false],
    ['an uptime monitor', 'GET', 'Uptime-Kuma/1.23 monitor', false],
    ['a headless browser', 'GET', 'Mozilla/5.0 HeadlessChrome/120.0', false],
    ['the Wayback Machine', 'GET', 'ia_archiver', false],
  ];
  for (const [what, method, agent, expected] of cases) {
    it(`${expected ? 'counts' : 'skips'} ${what}`, () => assert.equal(isCountable(method, agent), expected));
  }
});

describe('opendata usage: the counter', () => {
  const request = { method: 'GET', headers: { 'user-agent': FIREFOX } };

  it('adds per dataset and Berlin day, and starts afresh after each take', () => {
    let now = new Date('2026-03-28T22:30:00Z'); // 23:30 in Berlin
    const counter = new UsageCounter(() => now);
    counter.count('pageViews', 'parken', request);
    counter.count('pageViews', 'parken', request);
    counter.count('downloads', 'parken', request);
    now = new Date('2026-03-28T23:30:00Z'); // after midnight in Berlin, still the 28th in UTC
    counter.count('apiCalls', 'parken', request);
    counter.count('pageViews', 'parken', { method: 'HEAD', headers: { 'user-agent': FIREFOX } });
    assert.deepEqual(counter.take(), [
      { datasetName: 'parken', day: '2026-03-28', pageViews: 2, downloads: 1, apiCalls: 0 },
      { datasetName: 'parken', day: '2026-03-29', pageViews: 0, downloads: 0, apiCalls: 1 },
    ]);
    assert.deepEqual(counter.take(), []);
  });

  it('keeps what a failed write gives back, added to what came meanwhile', () => {
    const counter = new UsageCounter(() => new Date('2026-06-01T10:00:00Z'));
    counter.count('pageViews', 'parken', request);
    const taken = counter.take();
    counter.count('pageViews', 'parken', request);
    counter.restore(taken);
    assert.deepEqual(counter.take(), [{ datasetName: 'parken', day: '2026-06-01', pageViews: 2, downloads: 0, apiCalls: 0 }]);
  });

  it('does calendar arithmetic on days across the change to summer time', () => {
    assert.equal(usageDay(new Date('2026-03-29T00:30:00Z')), '2026-03-29');
    assert.equal(addDays('2026-03-29', -29), '2026-02-28');
    assert.deepEqual(daysBetween('2026-03-28', '2026-03-31'), ['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
  });
});
