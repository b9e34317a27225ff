import type { RemotePage } from './remote';

/**
 * What a run needs from a source, whichever its kind. `pages` throws a `RemoteError` when a page
 * cannot be read, which ends the run; `allRefs` is asked only after every page answered well and
 * names every dataset the source still has (the ground for deletions), or throws.
 */
export interface SourceReader {
  pages(): AsyncGenerator<RemotePage>;
  allRefs(): Promise<Set<string>>;
}
