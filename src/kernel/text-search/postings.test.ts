import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LexemePostings, ValueCodes } from './postings';

describe('LexemePostings', () => {
  // Documents 0–3; packed as document × 16 + points.
  const postings = new LexemePostings(
    new Map([
      ['garten', [0 * 16 + 8, 2 * 16 + 1]],
      ['gartenzaun', [1 * 16 + 2, 2 * 16 + 4]],
      ['zaun', [1 * 16 + 8, 3 * 16 + 1]],
      ['gart', [3 * 16 + 1]],
    ]),
  );
  const format = { documentOf: (packed: number) => packed >>> 4, pointsOf: (packed: number) => packed & 15 };

  it('matches each lexeme as a prefix and needs every one, summing the best points per lexeme', () => {
    const { count, points } = postings.matchEvery(['gart', 'zaun'], 4, format);
    assert.deepEqual([...count], [1, 2, 1, 2], 'documents 1 and 3 have both (3 through "gart" itself)');
    assert.equal(points[1], 2 + 8, 'gartenzaun (2) for the first, zaun (8) for the second');
    assert.equal(points[3], 1 + 1);
    const one = postings.matchEvery(['garten'], 4, format);
    assert.deepEqual([...one.count], [1, 1, 1, 0]);
    assert.deepEqual([...one.points], [8, 2, 4, 0], 'the best of garten and gartenzaun for document 2');
  });

  it('skips postings the format refuses, and finds nothing for a prefix no lexeme has', () => {
    const { count } = postings.matchEvery(['garten'], 4, { ...format, documentOf: (packed) => (packed >>> 4 === 0 ? -1 : packed >>> 4) });
    assert.deepEqual([...count], [0, 1, 1, 0]);
    assert.deepEqual([...postings.matchEvery(['x'], 4, format).count], [0, 0, 0, 0]);
  });
});

describe('ValueCodes', () => {
  it('gives each value one code, in order of first use', () => {
    const codes = new ValueCodes();
    assert.deepEqual([codes.code('de'), codes.code('en'), codes.code('de')], [0, 1, 0]);
    assert.equal(codes.find('en'), 1);
    assert.equal(codes.find('fr'), undefined);
    assert.deepEqual(codes.values, ['de', 'en']);
  });
});
