export { sendSms, SMS_JOB, SMS_MAX_LENGTH } from './outbox';
export { normaliseMobileNumber, isE164 } from './phone-number';
export type { SmsMessage, SmsProvider } from './provider';
export { smsOutbox } from './tables';
