import { z } from 'zod';
import { defineSettings } from '../../kernel/config';

export interface StatePortal {
  name: string;
  /** Link to one Leistung, `{leika}` replaced by its LeiKa key. */
  leistungUrl: string;
}

/** The `statePortal` key of the municipality file: each Leistung links to the state's service portal by its LeiKa key. */
export const statePortalSettings = defineSettings('services.statePortal', {
  file: z.object({
    statePortal: z.object({
      name: z.string().min(1),
      leistungUrl: z.string().regex(/^https:\/\/.*\{leika\}/, 'muss eine https-Adresse mit dem Platzhalter {leika} sein'),
    }),
  }),
  resolve: ({ file }): StatePortal => file.statePortal,
});
