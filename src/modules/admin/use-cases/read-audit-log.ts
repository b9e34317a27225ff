import type { Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { canViewAudit, requireSection } from '../policies';
import { listAuditEntries, type AuditListFilter, type AuditRow, type Paged } from '../repository';
import { PAGE_SIZE } from '../schemas';

/** The audit log for admins and staff with `admin.audit`, newest first. */
export async function readAuditLog(actor: Actor, input: AuditListFilter & { page: number }, deps: Pick<ModuleDeps, 'db'>): Promise<Paged<AuditRow>> {
  requireSection(actor, canViewAudit);
  const { page, ...filter } = input;
  return listAuditEntries(deps.db, filter, { page, pageSize: PAGE_SIZE });
}
