export { sendSms } from './outbox';
// The booking form normalises the number people type with it (kernel parts know no domain, so it lives here).
export { normaliseMobileNumber } from './phone-number';
export { smsOutbox } from './tables';
