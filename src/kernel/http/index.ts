export { AppError, errors, type FieldErrors } from './errors';
export { consumeRateLimit, refundRateLimit, pruneRateLimits, type RateLimitRule } from './rate-limit';
export { parseForm, isCalendarDate, text, optionalText, email, newPassword, checkbox, enumChoice, refuse, type ParseResult, type Outcome } from './validation';
export { sendError, wantsJson } from './error-handler';
export { SESSION_COOKIE } from './request-context';
