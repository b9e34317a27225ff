import { z } from 'zod';
import { defineSettings } from '../../kernel/config';

/**
 * The `legalRemedy` key of the municipality file: the Rechtsbehelfsbelehrung of every Bescheid,
 * i.e. the administrative court competent for the municipality (NRW: no Widerspruch).
 */
export const legalRemedySettings = defineSettings('applications.legalRemedy', {
  file: z.object({
    legalRemedy: z.object({
      court: z.object({ name: z.string().min(1), address: z.array(z.string().min(1)).min(1) }),
      deadline: z.string().min(1),
    }),
  }),
  resolve: ({ file }) => file.legalRemedy,
});
