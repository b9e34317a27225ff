import { AppError } from '../http/errors';

/** Keys are relative, slash-separated names of letters, digits, `-`, `_` and `.`; never `..` or absolute. */
const SAFE_KEY = /^[a-zA-Z0-9_-][a-zA-Z0-9_.-]*(\/[a-zA-Z0-9_-][a-zA-Z0-9_.-]*)*$/;

/** Refuses keys that could leave the store's directory (or bucket prefix): `..`, absolute paths, backslashes. */
export function assertSafeKey(key: string): void {
  if (key.length > 512 || !SAFE_KEY.test(key) || key.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new AppError(
      'invalid_file_key',
      { status: 500, userMessage: 'Die Datei konnte nicht verarbeitet werden.' },
      `refused file key ${JSON.stringify(key)}`,
    );
  }
}

/**
 * The storage key for a file with this id (`ab/cd/<id>`): two directory levels keep directories
 * small, and a key derived from the row id needs no bookkeeping — a blob without a row is found
 * by its name.
 */
export function storageKeyFor(id: string): string {
  const key = `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
  assertSafeKey(key);
  return key;
}
