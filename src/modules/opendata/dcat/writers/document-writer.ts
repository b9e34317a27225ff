import type { Quad } from 'n3';

/**
 * Writes one RDF document piece by piece: `add` returns the text for a group of statements (a
 * dataset with its distributions) as soon as it can, so a page of the catalogue goes out while the
 * next dataset is still being turned into RDF, and no format holds more than one group in memory.
 */
export interface DocumentWriter {
  add(quads: Quad[]): string;
  end(): string;
}
