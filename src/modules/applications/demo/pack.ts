import { z } from 'zod';
import { DEMO_FORM_KEYS, demoPlacesSchema, type DemoFormKey } from '../../forms';

const staffStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assign') }),
  z.object({ kind: z.literal('status'), to: z.enum(['in_progress', 'awaiting_citizen']), reason: z.string().min(1).optional() }),
  z.object({ kind: z.literal('message'), subject: z.string().min(1), body: z.string().min(1) }),
  z.object({ kind: z.literal('bescheid'), reasoning: z.string().min(1) }),
]);
export type StaffStep = z.infer<typeof staffStepSchema>;

const formKey = z.string().refine((key): key is DemoFormKey => (DEMO_FORM_KEYS as readonly string[]).includes(key), {
  message: `muss eines der Demo-Formulare sein (${DEMO_FORM_KEYS.join(', ')})`,
});

/** One demo application: who applies for what, how many days ago it came in, what the department did since. */
const demoCaseSchema = z.object({
  form: formKey,
  /** A guest with this address; without it, the demo citizen's account. */
  guestEmail: z.email().optional(),
  /** Answers given on top of the form's example answers (demoExamples with the pack's places). */
  answers: z.record(z.string(), z.unknown()).optional(),
  daysAgo: z.number().int().min(0).max(365),
  steps: z.array(staffStepSchema).default([]),
});
export type DemoCase = z.infer<typeof demoCaseSchema> & { form: DemoFormKey };

/** `applications.json` of a demo pack: the demo citizen's Anträge and guests' Anträge in the staff inbox. */
export const applicationsPackSchema = z.object({
  /** Accounts of the pack's `admin.json` the Anträge are made and processed with. */
  citizenEmail: z.email(),
  staffEmail: z.email(),
  /** The town's places in the example answers. */
  places: demoPlacesSchema,
  /** The citizen's draft, with every answer given, ready to be checked and submitted. */
  draft: z.object({ form: formKey }),
  citizenCases: z.array(demoCaseSchema.omit({ guestEmail: true })),
  guestCases: z.array(demoCaseSchema.required({ guestEmail: true })),
});
