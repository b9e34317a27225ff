/**
 * A backup or restore that cannot be done, with a message written for the operator (German, like
 * every message of the command line). Nothing was changed when a restore throws it.
 */
export class BackupError extends Error {
  override name = 'BackupError';
}
