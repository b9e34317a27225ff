import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { applicationsFigures } from './figures';
import { applications } from './tables';
import type { ApplicationStatus } from './workflow';

const NOW = new Date('2026-11-20T12:00:00Z');
let counter = 0;

function antrag(status: ApplicationStatus, submittedAt: string | null, closedAt: string | null, guest = false) {
  counter += 1;
  return {
    reference: status === 'draft' ? null : `ISN-2026-${String(counter).padStart(6, '0')}`,
    serviceSlug: 'meldebescheinigung',
    departmentId: 'buergerbuero',
    formVersionId: randomUUID(),
    status,
    ...(guest ? { guestEmail: `gast${counter}@example.org` } : { applicantId: randomUUID() }),
    submittedAt: submittedAt ? new Date(submittedAt) : null,
    closedAt: closedAt ? new Date(closedAt) : null,
  };
}

describe('the Anträge figures', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('counts submissions per Berlin month with accounts and as guests, and the processing days of decided ones', async () => {
    await t.db.insert(applications).values([
      antrag('submitted', '2026-11-02T10:00:00Z', null),
      antrag('approved', '2026-11-03T10:00:00Z', '2026-11-13T10:00:00Z', true),
      // Already 1 November in Berlin.
      antrag('submitted', '2026-10-31T23:30:00Z', null, true),
      antrag('rejected', '2026-10-01T10:00:00Z', '2026-10-05T10:00:00Z'),
      antrag('approved', '2026-10-10T10:00:00Z', '2026-11-10T10:00:00Z'),
      // Submitted before the twelve months, decided within them: a processing time, not a submission.
      antrag('approved', '2025-10-15T10:00:00Z', '2026-10-15T10:00:00Z'),
      // Withdrawn is no decision; a draft is no Antrag yet.
      antrag('withdrawn', '2026-09-01T10:00:00Z', '2026-09-02T10:00:00Z'),
      antrag('draft', null, null),
    ]);
    const figures = new Map((await applicationsFigures.compute(t.deps, NOW)).map((figure) => [figure.key, figure]));

    const submitted = figures.get('applications.submitted');
    assert.equal(submitted?.value, 6);
    assert.deepEqual(submitted?.parts, [
      { label: 'Mit Bürgerkonto', value: 4 },
      { label: 'Als Gast', value: 2 },
    ]);
    assert.equal(submitted?.months?.length, 12);
    assert.deepEqual(submitted?.months?.[0], { month: '2025-12', value: 0 });
    assert.deepEqual(submitted?.months?.slice(-3), [
      { month: '2026-09', value: 1 },
      { month: '2026-10', value: 2 },
      { month: '2026-11', value: 3 },
    ]);

    // Days 4, 10, 31 and 365: median 20.5; the 90th percentile interpolated 31 + 0.7 × 334.
    assert.equal(figures.get('applications.processing-days-median')?.value, 20.5);
    assert.equal(figures.get('applications.processing-days-p90')?.value, 264.8);
    assert.deepEqual(figures.get('applications.processing-days-median')?.months, [
      { month: '2026-10', value: 184.5 },
      { month: '2026-11', value: 20.5 },
    ]);
    assert.deepEqual(figures.get('applications.processing-days-p90')?.months, [
      { month: '2026-10', value: 328.9 },
      { month: '2026-11', value: 28.9 },
    ]);
  });

  it('has no processing time before anything is decided', async () => {
    const figures = await applicationsFigures.compute(t.deps, NOW);
    assert.deepEqual(
      figures.map((figure) => [figure.key, figure.value]),
      [
        ['applications.submitted', 0],
        ['applications.processing-days-median', null],
        ['applications.processing-days-p90', null],
      ],
    );
  });
});
