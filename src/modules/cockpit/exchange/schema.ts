import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../../kernel/config';

/**
 * The committed JSON Schema of the feed's version 1 (schema/v1.json). It carries no `$id`: the portal
 * serves it with its own address as `$id` (feedSchemaDocument), so each town's copy names itself.
 */
export const FEED_SCHEMA_V1 = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'src/modules/cockpit/exchange/schema/v1.json'), 'utf8')) as Record<string, unknown>;

/** The schema as served at `PATHS.feedSchema`: `$id` is that address. */
export function feedSchemaDocument(schemaUrl: string): Record<string, unknown> {
  const { $schema, ...rest } = FEED_SCHEMA_V1;
  return { $schema, $id: schemaUrl, ...rest };
}
