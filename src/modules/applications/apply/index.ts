/**
 * What other parts of the applications module use from the apply journey: guest access (files,
 * payments), and drafts plus submission for tests and seeds that build applications directly.
 */
export { guestApplicationIds } from './guest-access';
export { insertDraft, saveDraftAnswers } from './repository';
export { submitApplication } from './use-cases/submit-application';
export type { Applicant } from './context';
