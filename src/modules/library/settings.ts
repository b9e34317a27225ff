import { z } from 'zod';
import { defineSettings } from '../../kernel/config';

export interface LibraryBranch {
  /** The id copies name in 852 $b (and `library_items.branch`), e.g. "zentrale". */
  id: string;
  name: string;
  address: string;
}

export interface LibrarySettings {
  /** The library as readers call it, e.g. "Stadtbücherei Iserlohn". */
  name: string;
  /** The Onleihe the library belongs to; e-media link there. Null: the library lends no e-media. */
  onleiheUrl: string | null;
  branches: LibraryBranch[];
}

const branchSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'muss eine Kennung wie zentrale sein (Kleinbuchstaben, Ziffern, Bindestriche)'),
  name: z.string().min(1),
  address: z.string().min(1),
});

/**
 * The `library` key of the municipality file (optional): the library's name, branches and Onleihe.
 * Without it "Stadtbücherei <Stadt>", so the mails' signature still names the town.
 */
export const librarySettings = defineSettings('library.catalogue', {
  file: z.object({
    name: z.string(),
    library: z
      .object({
        name: z.string().min(1),
        onleiheUrl: z
          .string()
          .regex(/^https:\/\/[^\s]+\/$/, 'muss eine https-Adresse sein, die auf / endet, z. B. https://www.onleihe.de/bibliothek/frontend/')
          .nullable()
          .default(null),
        branches: z.array(branchSchema).default([]),
      })
      .optional(),
  }),
  resolve: ({ file }): LibrarySettings => file.library ?? { name: `Stadtbücherei ${file.name}`, onleiheUrl: null, branches: [] },
});
