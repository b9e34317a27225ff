import { z } from 'zod';
import { defineSettings } from '../../kernel/config';

export interface ParticipationSettings {
  /** New ideas wait for a moderator before they are public. */
  preModerateIdeas: boolean;
  /** New comments wait for a moderator before they are public. */
  preModerateComments: boolean;
  /** Words an idea or a comment may not contain (lower case, compared as whole words). */
  blockedWords: string[];
}

/**
 * The optional `participation` key of the municipality file. Without it ideas are pre-moderated
 * (they speak for the city's strategy and stay long) and comments post-moderated (a conversation
 * that waits a day for each answer dies); either may be switched. Every new contribution goes into
 * the moderation queue either way.
 */
export const participationSettings = defineSettings('participation', {
  file: z.object({
    participation: z
      .object({
        /** `true`/`false` for both, or each on its own. */
        preModeration: z.union([z.boolean(), z.object({ ideas: z.boolean().optional(), comments: z.boolean().optional() }).strict()]).optional(),
        blockedWords: z.array(z.string().trim().min(2).max(60)).max(500).optional(),
      })
      .strict()
      .optional(),
  }),
  resolve: ({ file }): ParticipationSettings => {
    const chosen = file.participation?.preModeration;
    const both = typeof chosen === 'boolean' ? chosen : undefined;
    const each = typeof chosen === 'object' ? chosen : {};
    return {
      preModerateIdeas: both ?? each.ideas ?? true,
      preModerateComments: both ?? each.comments ?? false,
      blockedWords: (file.participation?.blockedWords ?? []).map((word) => word.toLowerCase()),
    };
  },
});
