import { audit } from '../../../kernel/audit';
import { refuse, type Outcome } from '../../../kernel/http';
import { requireDepartmentManagement, type AdminActor } from '../policies';
import { insertDepartment } from '../repository';
import type { DepartmentInput } from '../schemas';
import type { UseCaseContext } from './context';

export async function createDepartment(actor: AdminActor, input: DepartmentInput, context: Pick<UseCaseContext, 'db' | 'ip'>): Promise<Outcome> {
  requireDepartmentManagement(actor);
  return context.db.transaction(async (tx): Promise<Outcome> => {
    if (!(await insertDepartment(tx, input))) {
      return refuse({ id: `Es gibt schon einen Fachbereich mit der Kennung „${input.id}“. Wählen Sie eine andere Kennung.` });
    }
    await audit(tx, actor, {
      action: 'admin.department_created',
      objectType: 'department',
      objectId: input.id,
      details: { name: input.name, email: input.email ?? null },
      ip: context.ip,
    });
    return { ok: true };
  });
}
