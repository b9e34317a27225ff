import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CqlError, parseCql } from './cql';

function diagnostic(query: string): number {
  try {
    parseCql(query);
  } catch (error) {
    if (error instanceof CqlError) return error.code;
    throw error;
  }
  assert.fail(`"${query}" parsed`);
}

describe('CQL subset', () => {
  it('reads terms, indexes with their prefixes, relations and phrases', () => {
    assert.deepEqual(parseCql('garten'), { kind: 'clause', index: 'any', relation: 'all', term: 'garten' });
    assert.deepEqual(parseCql('dc.title = "kleine Drache"'), { kind: 'clause', index: 'title', relation: 'phrase', term: 'kleine Drache' });
    assert.deepEqual(parseCql('title all "kleine Drache"'), { kind: 'clause', index: 'title', relation: 'all', term: 'kleine Drache' });
    assert.deepEqual(parseCql('AUTHOR any "Funke Müller"'), { kind: 'clause', index: 'author', relation: 'any', term: 'Funke Müller' });
    assert.deepEqual(parseCql('bath.isbn == 978-3-1234-5678-9'), { kind: 'clause', index: 'isbn', relation: 'phrase', term: '978-3-1234-5678-9' });
    assert.deepEqual(parseCql('cql.serverChoice = "a \\"b\\""'), { kind: 'clause', index: 'any', relation: 'phrase', term: 'a "b"' });
  });

  it('combines booleans left to right and honours parentheses', () => {
    const tree = parseCql('garten and (kochen or backen) not subject=Kinderbuch');
    assert.equal(tree.kind, 'boolean');
    assert.equal(tree.kind === 'boolean' && tree.operator, 'not');
    assert.deepEqual(tree.kind === 'boolean' && tree.left, {
      kind: 'boolean',
      operator: 'and',
      left: { kind: 'clause', index: 'any', relation: 'all', term: 'garten' },
      right: {
        kind: 'boolean',
        operator: 'or',
        left: { kind: 'clause', index: 'any', relation: 'all', term: 'kochen' },
        right: { kind: 'clause', index: 'any', relation: 'all', term: 'backen' },
      },
    });
  });

  it('answers what it does not support with the SRU diagnostic numbers', () => {
    assert.equal(diagnostic(''), 27, 'empty query');
    assert.equal(diagnostic('garten and'), 10, 'dangling boolean');
    assert.equal(diagnostic('(garten'), 10, 'unclosed parenthesis');
    assert.equal(diagnostic('"garten'), 10, 'unclosed quote');
    assert.equal(diagnostic('garten kochen'), 10, 'two terms without boolean');
    assert.equal(diagnostic('verlag = Piper'), 16, 'unknown index');
    assert.equal(diagnostic('title < Piper'), 19, 'unsupported relation');
    assert.equal(diagnostic('title =/stem Piper'), 20, 'modifiers');
    assert.equal(diagnostic('((((((a))))))'), 10, 'too deep');
    assert.equal(diagnostic(Array.from({ length: 11 }, (_, i) => `w${i}`).join(' or ')), 10, 'too many clauses');
    assert.equal(diagnostic('x'.repeat(501)), 10, 'too long');
  });
});
