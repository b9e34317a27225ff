export { AppError, errors, type FieldErrors } from './errors';
export { consumeRateLimit, refundRateLimit, type RateLimitRule } from './rate-limit';
export { formStamp, guardAgainstSpam, SPAM_ERROR_KEY, SPAM_FIELDS } from './spam-guard';
export {
  parseForm,
  isCalendarDate,
  isUuid,
  text,
  optionalText,
  email,
  optionalEmail,
  newPassword,
  checkbox,
  enumChoice,
  refuse,
  type Outcome,
} from './validation';
export { SESSION_COOKIE } from './request-context';
export { refuseCrossSite } from './csrf';
