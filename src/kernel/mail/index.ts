export { sendMail, mailJob, MAIL_JOB, type Mail, type MailSettings } from './outbox';
export { mailOutbox } from './tables';
