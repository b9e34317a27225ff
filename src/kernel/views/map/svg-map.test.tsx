import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { parseHtml } from '../../../../tests/support/html';
import type { MapFeature } from './geojson';
import { NUMBERED_UP_TO, SvgMap } from './svg-map';

const point = (index: number, variant?: MapFeature['variant']): MapFeature => ({
  name: `Punkt ${index}`,
  properties: [],
  geometry: { type: 'Point', coordinates: [7.6 + index * 0.001, 51.37] },
  ...(variant ? { variant } : {}),
});

const draw = (features: MapFeature[], firstNumber?: number) =>
  parseHtml(renderToString(<SvgMap labelledBy="karte" features={features} {...(firstNumber ? { firstNumber } : {})} />));

describe('the server-drawn map with many points', () => {
  it('numbers up to 50 points at full size, continuing a paged list where asked', () => {
    const svg = draw([point(1), point(2)], 21);
    assert.deepEqual(
      svg.querySelectorAll('g.map__feature > title').map((title) => title.textContent),
      ['21. Punkt 1', '22. Punkt 2'],
    );
    assert.deepEqual(
      svg.querySelectorAll('text.map__number').map((text) => text.textContent),
      ['21', '22'],
    );
    assert.equal(svg.querySelector('circle')?.getAttribute('r'), '6');
  });

  it('draws more than 50 points small and without numbers (the list names them)', () => {
    const svg = draw(Array.from({ length: NUMBERED_UP_TO + 1 }, (_, index) => point(index)));
    assert.equal(svg.querySelectorAll('circle[r="3.5"]').length, NUMBERED_UP_TO + 1);
    assert.equal(svg.querySelectorAll('text.map__number').length, 0);
  });

  it('sets features apart by shape, not colour alone: muted points hollow (by class), a marked point a square', () => {
    const svg = draw([point(1, 'muted'), point(2, 'marked'), point(3)]);
    assert.equal(svg.querySelectorAll('g.map__feature--muted circle.map__point').length, 1);
    assert.equal(svg.querySelectorAll('g.map__feature--marked rect.map__point').length, 1);
    assert.equal(svg.querySelectorAll('g.map__feature:not([class*="--"]) circle').length, 1);
  });
});
