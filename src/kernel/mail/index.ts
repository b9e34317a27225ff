export { sendMail, MAIL_JOB, type Mail, type MailAttachment } from './outbox';
export { mailOutbox } from './tables';
