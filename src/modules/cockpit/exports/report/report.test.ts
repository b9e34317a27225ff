import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { pdfText } from '../../../../../tests/support/pdf-text';
import type { TestApp } from '../../../../../tests/support/test-app';
import { PATHS } from '../../paths';
import { cockpitTestApp } from '../test-support';
import { currentQuarterId, quarterOf } from './quarter';

describe('the quarterly report as PDF', () => {
  const app = cockpitTestApp();
  let t: TestApp;
  beforeEach(() => (t = app()));

  it('reads quarters, and none that has not begun', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    assert.deepEqual(quarterOf('2026-q1', now), { id: '2026-q1', firstDay: '2026-01-01', lastDay: '2026-03-31', label: '1. Quartal 2026' });
    assert.equal(quarterOf('2026-q4', now)?.lastDay, '2026-12-31');
    assert.equal(quarterOf('2027-q1', now), undefined);
    for (const bad of ['2026-q5', '2026-q0', '2026-Q4', '26-q4', '2026-q4 ', '1999-q4', '']) assert.equal(quarterOf(bad, now), undefined, bad);
    assert.equal(currentQuarterId(now), '2026-q4');
    assert.equal(currentQuarterId(new Date('2026-03-31T22:30:00Z')), '2026-q2', 'Berlin is already in April');
  });

  it('gives the period, each published measure with what was reached in the quarter and what is due next, and the figures at its end', async () => {
    const response = await t.client().get(PATHS.report('2025-q2'));
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    const text = pdfText(response.rawPayload);
    assert.match(text, /Bericht zum 2\. Quartal 2025/);
    assert.match(text, /01\.04\.2025 bis 30\.06\.2025/);
    assert.match(text, /Freies WLAN in der Innenstadt/);
    assert.match(text, /Bürgerplattform/);
    assert.doesNotMatch(text, /Digitale Akte/, 'unpublished measures stay out');
    assert.match(text, /Ausschreibung \(20\.06\.2025\)/, 'the milestone reached in the quarter');
    assert.match(text, /Alle Plätze versorgt \(30\.06\.2027\)/, 'the next one due');
    assert.match(text, /WLAN-Hotspots online/);
    // The table's cells are in the text layer each on a line of its own (between the font subsets' noise).
    assert.match(text, /\n33\n/, 'the value of the quarter’s last kept day');
    assert.doesNotMatch(text, /\n3[15]\n/, 'not an earlier day’s, nor one of the next quarter');
    assert.match(text, /keine Angabe/, 'a figure without a kept day in a past quarter');
  });

  it('puts the measures at a glance and the figures in tables with column headers', async () => {
    const response = await t.client().get(PATHS.report('2025-q2'));
    const raw = response.rawPayload.toString('latin1');
    assert.match(raw, /\/Scope \/Column/);
    const text = pdfText(response.rawPayload);
    assert.match(text, /Maßnahme[\s\S]*Status[\s\S]*Fortschritt[\s\S]*Als Nächstes fällig/, 'the overview’s headers');
    assert.match(text, /Kennzahl[\s\S]*Bereich[\s\S]*Wert zum Quartalsende/, 'the figures’ headers');
  });

  it('is a tagged PDF in German with a title', async () => {
    const response = await t.client().get(PATHS.report('2025-q2'));
    const raw = response.rawPayload.toString('latin1');
    assert.match(raw, /\/StructTreeRoot/);
    assert.match(raw, /\/Lang \(de-DE\)/);
    assert.match(raw, /\/DisplayDocTitle true/);
  });

  it('answers 404 for a bad quarter and for one in the future', async () => {
    const client = t.client();
    for (const bad of ['2026-q5', 'kaputt', '2999-q1', '2025-q2.txt']) {
      const response = await client.get(`/digitalisierung/bericht/${bad}${bad.includes('.') ? '' : '.pdf'}`);
      assert.equal(response.statusCode, 404, bad);
    }
    assert.equal((await client.get('/digitalisierung/bericht/2025-q2')).statusCode, 404, 'without .pdf');
  });

  it('is made again when a measure changes', async () => {
    const client = t.client();
    assert.match(pdfText((await client.get(PATHS.report('2025-q2'))).rawPayload), /40 %/);
    await t.db.execute(`update cockpit_measures set progress_percent = 45 where slug = 'freies-wlan'`);
    assert.match(pdfText((await client.get(PATHS.report('2025-q2'))).rawPayload), /45 %/);
  });
});
