export { sendMail, mailJob, MAIL_JOB, type Mail, type MailSettings } from './outbox';
export { mailRetentionJob, pruneMailOutbox, MAIL_RETENTION_JOB } from './retention';
export { mailOutbox } from './tables';
