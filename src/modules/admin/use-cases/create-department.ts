import { audit } from '../../../kernel/audit';
import { errors } from '../../../kernel/http';
import { requireDepartmentManagement, type AdminActor } from '../policies';
import { insertDepartment } from '../repository';
import type { DepartmentInput } from '../schemas';
import type { UseCaseContext } from './context';

export async function createDepartment(actor: AdminActor, input: DepartmentInput, context: Pick<UseCaseContext, 'db' | 'ip'>): Promise<void> {
  requireDepartmentManagement(actor);
  await context.db.transaction(async (tx) => {
    if (!(await insertDepartment(tx, input))) {
      throw errors.validation({ id: `Es gibt schon einen Fachbereich mit der Kennung „${input.id}“. Wählen Sie eine andere Kennung.` });
    }
    await audit(tx, actor, {
      action: 'admin.department_created',
      objectType: 'department',
      objectId: input.id,
      details: { name: input.name, email: input.email ?? null },
      ip: context.ip,
    });
  });
}
