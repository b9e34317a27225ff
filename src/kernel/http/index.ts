export { AppError, errors, type FieldErrors } from './errors';
export { consumeRateLimit, refundRateLimit, type RateLimitRule } from './rate-limit';
export { parseForm, isCalendarDate, isUuid, text, optionalText, email, newPassword, checkbox, enumChoice, refuse, type Outcome } from './validation';
export { SESSION_COOKIE } from './request-context';
