/**
 * A file the DataStore cannot load, with a message in plain German that names what is wrong and,
 * where it can, the line and column: it is shown to the publisher and stored with the table's status.
 */
export class DatastoreLoadError extends Error {
  override readonly name = 'DatastoreLoadError';
}

/** How a value is shown inside a message: quoted, cut to a readable length. */
export function quoted(value: string, max = 40): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return `„${cut}“`;
}
