import { z } from 'zod';
import { defineSettings } from '../../kernel/config';

export interface CatalogueSettings {
  /** dcat-ap.de contributor ids of the portals that take the catalogue on to GovData (in NRW: Open.NRW). */
  contributorIds: string[];
}

/** The `openData` key of the municipality file (optional): how the catalogue presents itself to the portals that harvest it. */
export const catalogueSettings = defineSettings('opendata.catalogue', {
  file: z.object({
    openData: z
      .object({
        contributorIds: z
          .array(
            z
              .string()
              .regex(
                /^http:\/\/dcat-ap\.de\/def\/contributors\/\w+$/,
                'muss eine dcat-ap.de-Contributor-ID sein, z. B. http://dcat-ap.de/def/contributors/openNRW',
              ),
          )
          .default([]),
      })
      .optional(),
  }),
  resolve: ({ file }): CatalogueSettings => ({ contributorIds: file.openData?.contributorIds ?? [] }),
});
