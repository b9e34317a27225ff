import { z } from 'zod';
import { defineSettings } from '../../../kernel/config';

export interface GapSettings {
  /** Days after a report was closed (resolved or rejected) until its e-mail address and photo are deleted. */
  contactRetentionDays: number;
}

/**
 * The optional `wlanGaps` key of the municipality file. Without it the reporter's e-mail address and
 * photo are deleted 90 days after the report is closed: long enough for a question back, short
 * enough that nothing personal stays with a closed report (the form says so).
 */
export const gapSettings = defineSettings('wlan.gaps', {
  file: z.object({
    wlanGaps: z
      .object({ contactRetentionDays: z.number().int().min(1).max(730).optional() })
      .strict()
      .optional(),
  }),
  resolve: ({ file }): GapSettings => ({ contactRetentionDays: file.wlanGaps?.contactRetentionDays ?? 90 }),
});
