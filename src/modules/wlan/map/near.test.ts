import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testConfig } from '../../../../tests/support/test-app';
import { mayCache, resolveOrigin } from './near';

const config = testConfig();
const origin = (query: { ort?: string; breite?: string; laenge?: string }) => resolveOrigin({ ort: '', breite: '', laenge: '', ...query }, config);

describe('near me: where the list is measured from', () => {
  it('takes a street list label as canonical, a differently typed address as the same place but not canonical', () => {
    const typed = origin({ ort: 'schillerplatz 7' });
    const label = origin({ ort: 'Schillerplatz 7 (58636)' });
    assert.equal(typed.kind, 'place');
    assert.equal(label.kind, 'place');
    if (typed.kind !== 'place' || label.kind !== 'place') return;
    assert.deepEqual(typed.place, label.place);
    assert.equal(label.place.exact, true);
    assert.equal(typed.canonical, false);
    assert.equal(label.canonical, true);
    const namesake = origin({ ort: 'Hauptstraße (58640 Hennen)' });
    assert.equal(namesake.kind === 'place' && namesake.place.label, 'Hauptstraße (58640 Hennen)');
  });

  it('offers the choices for an ambiguous address and refuses an unknown one', () => {
    const several = origin({ ort: 'Hauptstr' });
    assert.equal(several.kind, 'choose');
    assert.ok(several.kind === 'choose' && several.places.length >= 2);
    const none = origin({ ort: 'Mondstraße 3' });
    assert.equal(none.kind, 'invalid');
  });

  it('rounds a browser position to about 10 m and refuses what is not a position near the town', () => {
    const here = origin({ breite: '51.376549', laenge: '7,695812' });
    assert.deepEqual(here.kind === 'place' && here.place.position, [7.6958, 51.3765]);
    for (const [breite, laenge] of [
      ['51.37', ''],
      ['', '7.69'],
      ['x', '7.69'],
      ['Infinity', '7.69'],
      ['0x33', '7.69'],
      ['-91', '7.69'],
      ['51.37', '181'],
      ['48.14', '11.58'],
    ]) {
      assert.equal(origin({ breite, laenge }).kind, 'invalid', `${breite} ${laenge}`);
    }
    assert.equal(origin({ breite: '51.52', laenge: '7.46' }).kind, 'place', 'Dortmund is near enough: the area filter still applies');
  });

  it('keeps browser positions and typed variants out of the page cache, labels and plain pages in it', () => {
    assert.equal(mayCache(origin({})), true);
    assert.equal(mayCache(origin({ ort: 'Schillerplatz 7 (58636)' })), true);
    assert.equal(mayCache(origin({ ort: 'schillerplatz 7' })), false);
    assert.equal(mayCache(origin({ ort: 'Hauptstr' })), false);
    assert.equal(mayCache(origin({ breite: '51.3765', laenge: '7.6958' })), false);
  });
});
