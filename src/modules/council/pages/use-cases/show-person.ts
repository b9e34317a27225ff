import type { Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http/errors';
import { isUuid } from '../../../../kernel/http/validation';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { findPerson, membershipsOf } from '../queries/persons';

/**
 * `/rat/personen/<id>`: name, titles and memberships, and e-mail or phone only where the source
 * published them (the importer keeps no more). A deleted person is `gone` (410).
 */
export async function showPerson(_actor: Actor, input: { id: string }, deps: Pick<ModuleDeps, 'db'>, now = new Date()) {
  if (!isUuid(input.id)) throw errors.notFound('Die Person');
  const person = await findPerson(deps.db, input.id);
  if (!person) throw errors.notFound('Die Person');
  if (person.deleted) return { kind: 'gone' as const, person };
  const today = berlinDay(now);
  const memberships = await membershipsOf(deps.db, person.id);
  const current = memberships.filter((row) => (!row.endDate || row.endDate >= today) && (!row.startDate || row.startDate <= today));
  return { kind: 'shown' as const, person, current, past: memberships.filter((row) => !current.includes(row)) };
}
export type PersonPage = Extract<Awaited<ReturnType<typeof showPerson>>, { kind: 'shown' }>;
