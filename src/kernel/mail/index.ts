export { sendMail, MAIL_JOB, type Mail } from './outbox';
export { mailOutbox } from './tables';
