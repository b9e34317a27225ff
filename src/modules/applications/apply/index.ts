/**
 * What other parts of the applications module use from the apply journey: guest access (files,
 * payments), and drafts plus submission for tests and seeds that build applications directly.
 */
export { guestApplicationIds, rememberGuestApplication, GUEST_COOKIE } from './guest-access';
export { registerApplyRoutes } from './routes';
export { insertDraft, saveDraftAnswers } from './repository';
export { submitApplication, type SubmitOutcome } from './use-cases/submit-application';
export type { Applicant } from './context';
