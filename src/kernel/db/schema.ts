/** The kernel's tables; drizzle-kit generates `src/kernel/db/migrations` from this file. */
export * from '../auth/tables';
export * from '../audit/tables';
export * from '../mail/tables';
export * from '../sms/tables';
export * from '../jobs/tables';
export * from '../http/tables';
