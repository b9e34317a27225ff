export { audit, pseudonymiseActor, type AuditEntry, type NamedActor } from './audit';
export { auditActionLabels, KERNEL_AUDIT_ACTIONS } from './actions';
export { auditLog } from './tables';
