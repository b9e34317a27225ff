import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../../kernel/config';
import { findPlaces, insideRing, streetListSchema } from '../../../kernel/geo';

const TOWNS = [
  { town: 'iserlohn', postcodes: ['58636', '58638', '58640', '58642', '58644'] },
  { town: 'menden', postcodes: ['58706', '58708', '58710'] },
];

const read = (file: string) => JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'config', file), 'utf8'));

/** The demo towns' approximate street lists (`map.streets`), which "near me" searches. */
describe('the demo street lists', () => {
  for (const { town, postcodes } of TOWNS) {
    it(`${town}: named by the municipality file, 80 to 150 streets with the town's postcodes, every position inside its outline`, () => {
      const municipality = read(`${town}.json`);
      assert.equal(municipality.map.streets, `${town}-streets.json`);
      const list = streetListSchema.parse(read(municipality.map.streets));
      assert.match(list.source, /ungefähr|Ungefähre/i);
      assert.match(list.source, /amtlich/, 'says the city replaces it with its official data');
      assert.ok(list.streets.length >= 80 && list.streets.length <= 150, `${list.streets.length} streets`);
      for (const street of list.streets) {
        assert.ok(postcodes.includes(street.postcode ?? ''), `${street.name}: ${street.postcode}`);
        assert.ok(insideRing(street.position, municipality.map.boundary), `${street.name} lies outside ${town}`);
        for (const [number, position] of Object.entries(street.numbers ?? {})) {
          assert.ok(insideRing(position, municipality.map.boundary), `${street.name} ${number} lies outside ${town}`);
        }
      }
      const names = list.streets.map((street) => `${street.name} ${street.district ?? ''}`);
      assert.equal(new Set(names).size, names.length, 'no street twice in the same district');
      // Every street can be found by its own label (namesakes are told apart by postcode and district).
      for (const street of list.streets) {
        const [first] = findPlaces(list, street.name);
        assert.ok(first, street.name);
      }
    });
  }
});
