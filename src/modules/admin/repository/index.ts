export * from './paging';
export * from './users';
export * from './departments';
export * from './audit';
export * from './outbox';
export * from './api-tokens';
export * from './sms-outbox';
