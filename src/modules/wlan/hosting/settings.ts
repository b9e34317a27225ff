import { z } from 'zod';
import { defineSettings } from '../../../kernel/config';

export interface FreifunkSettings {
  /** The local Freifunk community: who helps hosts with routers and firmware. */
  community: { name: string; website: string; email?: string | undefined; meetings?: string | undefined } | undefined;
  /** What the city and its companies provide for hosts ("Router für Standorte in der Innenstadt"), one sentence each. */
  cityOffers: string[];
}

const sentence = z.string().trim().min(3).max(400);

/**
 * The optional `freifunk` key of the municipality file: the text of /wlan/freifunk-anbieten that
 * differs per town. Without it the page explains Freifunk in general and points to the community
 * directory on freifunk.net and to the town's general contact.
 */
export const freifunkSettings = defineSettings('wlan.freifunk', {
  file: z.object({
    freifunk: z
      .object({
        community: z
          .object({
            name: z.string().trim().min(2).max(120),
            website: z.url({ protocol: /^https?$/ }),
            email: z.email().optional(),
            meetings: sentence.optional(),
          })
          .strict()
          .optional(),
        cityOffers: z.array(sentence).max(12).default([]),
      })
      .strict()
      .optional(),
  }),
  resolve: ({ file }): FreifunkSettings => ({ community: file.freifunk?.community, cityOffers: file.freifunk?.cityOffers ?? [] }),
});
