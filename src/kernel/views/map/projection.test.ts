import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPosition, describeLocation } from './feature-list';
import { bboxOf, projection, unionBBox } from './projection';

describe('map projection', () => {
  it('finds and joins bounding boxes', () => {
    assert.deepEqual(
      bboxOf([
        [7.6, 51.4],
        [7.7, 51.3],
        [7.65, 51.45],
      ]),
      [7.6, 51.3, 7.7, 51.45],
    );
    assert.equal(bboxOf([]), undefined);
    assert.deepEqual(unionBBox([0, 0, 1, 1], [2, -1, 3, 0.5]), [0, -1, 3, 1]);
    assert.deepEqual(unionBBox(undefined, [0, 0, 1, 1]), [0, 0, 1, 1]);
  });

  it('scales longitude by cos(latitude), so a square kilometre looks square', () => {
    // Half a degree of latitude is about 55.6 km; at 51.5° N half a degree of longitude only about 34.6 km.
    const p = projection([7, 51.25, 7.5, 51.75], { width: 640, maxHeight: 1000, padding: 0 });
    const [west] = p.project([7, 51.5]);
    const [east] = p.project([7.5, 51.5]);
    const [, north] = p.project([7.25, 51.75]);
    const [, south] = p.project([7.25, 51.25]);
    const ratio = (east - west) / (south - north);
    assert.ok(Math.abs(ratio - Math.cos((51.5 * Math.PI) / 180)) < 0.01, `ratio ${ratio}`);
    assert.ok(north < south, 'north is up');
  });

  it('fits the box into the width, or the height for tall boxes, centred and within the padding', () => {
    const wide = projection([7.55, 51.33, 7.8, 51.45]);
    assert.equal(wide.width, 640);
    assert.deepEqual(wide.project([7.55, 51.39]), [16, wide.height / 2]);
    assert.deepEqual(wide.project([7.8, 51.39]), [624, wide.height / 2]);
    const tall = projection([7, 50, 7.01, 52], { maxHeight: 500 });
    assert.equal(tall.height, 500);
    assert.deepEqual(tall.project([7.005, 51]), [320, 250]);
  });

  it('gives a single point surroundings instead of dividing by zero', () => {
    const p = projection([7.7, 51.4, 7.7, 51.4]);
    assert.deepEqual(p.project([7.7, 51.4]), [320, p.height / 2]);
    assert.ok(Number.isFinite(p.height) && p.height > 32);
  });

  it('writes positions and locations in German', () => {
    assert.equal(formatPosition([7.695812, 51.374912]), '51,37491° N, 7,69581° O');
    assert.equal(formatPosition([-3.5, -12]), '12,00000° S, 3,50000° W');
    assert.equal(
      describeLocation({
        type: 'LineString',
        coordinates: [
          [7.6, 51.3],
          [7.7, 51.4],
        ],
      }),
      'Linie von 51,30000° N, 7,60000° O bis 51,40000° N, 7,70000° O',
    );
    assert.equal(describeLocation(null), 'Ohne Ortsangabe');
  });
});
