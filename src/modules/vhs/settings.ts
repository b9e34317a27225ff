import { z } from 'zod';
import { defineSettings } from '../../kernel/config';

export interface VhsInstitution {
  /** How the Volkshochschule calls itself, e.g. "VHS Iserlohn" or "VHS Menden-Hemer-Balve" (a Zweckverband of three towns). */
  name: string;
}

/**
 * The optional `vhs` key of the municipality file: the name the course pages, their structured data
 * (schema.org `provider`) and the calendar files give the Volkshochschule. Without it
 * "Volkshochschule <Stadt>".
 */
export const institutionSettings = defineSettings('vhs.institution', {
  file: z.object({
    name: z.string(),
    vhs: z.object({ name: z.string().trim().min(1).max(120) }).optional(),
  }),
  resolve: ({ file }): VhsInstitution => ({ name: file.vhs?.name ?? `Volkshochschule ${file.name}` }),
});
