export { audit, pseudonymiseActor, type AuditEntry, type NamedActor } from './audit';
export { auditLog } from './tables';
