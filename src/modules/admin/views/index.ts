export { UsersPage } from './users';
export { NewUserPage, type AccessOptions, type NewUserValues } from './new-user';
export { UserDetailPage, type AccessValues } from './user-detail';
export { ConfirmDisablePage } from './confirm-disable';
export { DepartmentsPage } from './departments';
export { AuditPage } from './audit';
export { OutboxPage, MailPage, SmsOutboxPage } from './outbox';
export { ApiTokensPage, NewApiTokenPage, ApiTokenCreatedPage, ConfirmRevokePage } from './api-tokens';
