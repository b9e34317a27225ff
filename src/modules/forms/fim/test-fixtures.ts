/** Paths of the FIM files in tests/fixtures/fim (real schemas and code lists; see SOURCES.md there). Tests only. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../../kernel/config';

export const FIM_FIXTURES = resolve(PROJECT_ROOT, 'tests/fixtures/fim');
export const PARKING_XDF2_DIR = join(FIM_FIXTURES, 'bewohnerparkausweis-xdf2');
export const PARKING_XDF2 = join(PARKING_XDF2_DIR, 'S05000058V1.0_xdf2_bewohnerparkausweis.xml');
export const PARKING_XDF3 = join(FIM_FIXTURES, 'bewohnerparkausweis-xdf3', 'S05000000058V1.0.0_xdf3_bewohnerparkausweis.xml');
export const TRADE_XDF2 = join(FIM_FIXTURES, 'gewerbeanmeldung-xdf2', 'S00000009_xdf2_gewerbeanmeldung.xml');

export function fixture(path: string): Buffer {
  return readFileSync(path);
}

/** The six genericode lists the Bewohnerparkausweis schema references, keyed by file name. */
export function parkingCodeLists(): Record<string, Buffer> {
  return Object.fromEntries(
    readdirSync(PARKING_XDF2_DIR)
      .filter((name) => name.startsWith('C'))
      .map((name) => [name, readFileSync(join(PARKING_XDF2_DIR, name))]),
  );
}
