import { parseForm } from '../../kernel/http';
import { CLI_ACTOR, createDepartment, departmentSchema } from '../../modules/admin';
import { CommandError, requiredString, stringOption, UsageError } from '../args';
import type { DatabaseCommand } from './types';

export const departmentsCreate: DatabaseCommand = {
  name: 'departments:create',
  summary: 'Fachbereich anlegen',
  usage: 'departments:create --id KENNUNG --name NAME [--email E]',
  description: ['Die Kennung (z. B. buergeramt) lässt sich später nicht ändern; Mitarbeitende werden über sie zugeordnet.'],
  options: {
    id: { type: 'string', placeholder: '<kennung>', description: 'Kleinbuchstaben, Ziffern, Bindestriche (Pflicht)' },
    name: { type: 'string', placeholder: '<name>', description: 'z. B. "Bürgeramt" (Pflicht)' },
    email: { type: 'string', placeholder: '<adresse>', description: 'Postfach des Fachbereichs' },
  },
  check(values) {
    requiredString(values, 'id');
    requiredString(values, 'name');
  },
  async run({ deps, out }, values) {
    const parsed = parseForm(departmentSchema, { id: stringOption(values, 'id'), name: stringOption(values, 'name'), email: stringOption(values, 'email') });
    if (!parsed.ok) {
      throw new UsageError(
        Object.entries(parsed.errors)
          .map(([field, message]) => `--${field}: ${message}`)
          .join('\n'),
      );
    }
    const outcome = await createDepartment(CLI_ACTOR, parsed.data, { db: deps.db });
    if (!outcome.ok) throw new CommandError(Object.values(outcome.errors).join('\n'));
    out(`Fachbereich angelegt: ${parsed.data.id} (${parsed.data.name}).`);
  },
};
