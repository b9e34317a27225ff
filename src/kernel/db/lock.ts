import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `Das Datenverzeichnis ${dir} wird bereits von Prozess ${pid} benutzt. ` +
        'Zwei Prozesse auf einer eingebetteten Datenbank verlieren Daten: beenden Sie den anderen Prozess ' +
        'oder setzen Sie DATA_DIR auf ein anderes Verzeichnis (mehrere Prozesse brauchen DATABASE_URL mit PostgreSQL).',
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock files held by this process: a second lock here must fail too, the PID check cannot see it. */
const heldHere = new Set<string>();

/**
 * Exclusive lock on an embedded data directory. Two PGlite processes on one directory silently
 * lose data, so a second process is refused; a lock left by a crashed process (its PID is gone) is taken over.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, '.lock');
  if (heldHere.has(file)) throw new DataDirLockedError(dir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // The PID is written first and linked into place, so the lock file never exists empty: a process
      // starting at the same moment cannot read "no PID" and take over a lock that is being created.
      const draft = `${file}.${process.pid}`;
      writeFileSync(draft, String(process.pid), { mode: 0o600 });
      try {
        linkSync(draft, file);
      } finally {
        rmSync(draft, { force: true });
      }
      heldHere.add(file);
      return () => {
        heldHere.delete(file);
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch (readError) {
        if ((readError as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile: try again
        throw readError;
      }
      const holder = Number.parseInt(content, 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) throw new DataDirLockedError(dir, holder);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}`);
}
