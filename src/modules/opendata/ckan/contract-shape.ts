/**
 * Compares the SHAPE of one of our API answers with a real CKAN answer (tests/fixtures/ckan/): the
 * same keys at every level with the same JSON types. Lists are compared by their first element (an
 * empty list on either side says nothing about its elements); where the sample has null, any value
 * is allowed (the sample's dataset lacked it, so its type is unknown). Choose test data that fills
 * what the sample fills: where the sample has a value, ours must have one of the same type.
 * For contract tests: `assert.deepEqual(shapeDifferences(ours, sample), [])`.
 */

type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

export interface ShapeOptions {
  /** Keys of the sample we deliberately do not answer (CKAN internals such as `revision_id`), at any level. */
  ignoreKeys?: readonly string[];
  /** Keys only ours has are allowed (a newer CKAN's additions, e.g. od_conformance beside is_okd_compliant). */
  allowExtraKeys?: boolean;
}

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'boolean' || type === 'number' || type === 'string') return type;
  if (type === 'object') return 'object';
  throw new TypeError(`${type} is not a JSON value`);
}

/** `result.results[0].organization.title`-style paths of every difference; empty when the shapes agree. */
export function shapeDifferences(actual: unknown, sample: unknown, options: ShapeOptions = {}): string[] {
  const differences: string[] = [];
  const ignored = new Set(options.ignoreKeys ?? []);

  const compare = (ours: unknown, theirs: unknown, path: string): void => {
    const [ourType, theirType] = [typeOf(ours), typeOf(theirs)];
    if (theirType === 'null') return;
    if (ourType !== theirType) {
      differences.push(`${path || '(root)'}: ${ourType} instead of ${theirType}`);
      return;
    }
    if (ourType === 'array') {
      const [first, sampleFirst] = [(ours as unknown[])[0], (theirs as unknown[])[0]];
      if (first !== undefined && sampleFirst !== undefined) compare(first, sampleFirst, `${path}[0]`);
      return;
    }
    if (ourType !== 'object') return;
    const [ourRecord, theirRecord] = [ours as Record<string, unknown>, theirs as Record<string, unknown>];
    for (const key of Object.keys(theirRecord)) {
      if (ignored.has(key)) continue;
      const child = path ? `${path}.${key}` : key;
      if (!(key in ourRecord)) differences.push(`${child}: missing`);
      else compare(ourRecord[key], theirRecord[key], child);
    }
    if (options.allowExtraKeys) return;
    for (const key of Object.keys(ourRecord)) {
      if (!(key in theirRecord) && !ignored.has(key)) differences.push(`${path ? `${path}.${key}` : key}: not in the sample`);
    }
  };

  compare(actual, sample, '');
  return differences;
}
