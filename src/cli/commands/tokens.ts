import { parseForm } from '../../kernel/http';
import { apiTokenSchema, CLI_ACTOR, createApiAccess, revokeApiAccess, showApiAccesses } from '../../modules/admin';
import { columns, CommandError, requiredString, stringOption, UsageError } from '../args';
import type { DatabaseCommand } from './types';

export const tokenCreate: DatabaseCommand = {
  name: 'token:create',
  summary: 'API-Schlüssel für ein Fachverfahren anlegen',
  usage: 'token:create --name NAME [--department KENNUNG]',
  description: ['Der Schlüssel wird nur einmal angezeigt; gespeichert wird nur sein Hash. Clients senden ihn als "Authorization: Bearer <schlüssel>".'],
  options: {
    name: { type: 'string', placeholder: '<name>', description: 'wofür der Schlüssel ist, z. B. "Fachverfahren Bürgeramt" (Pflicht)' },
    department: { type: 'string', placeholder: '<kennung>', description: 'Fachbereich, dessen Daten der Schlüssel sieht' },
  },
  check(values) {
    requiredString(values, 'name');
  },
  async run({ deps, out }, values) {
    // The same schema and use case as the page /verwaltung/api-zugaenge/neu.
    const parsed = parseForm(apiTokenSchema, { name: requiredString(values, 'name'), departmentId: stringOption(values, 'department') });
    if (!parsed.ok) throw new UsageError(Object.values(parsed.errors).join('\n'));
    const created = await createApiAccess(CLI_ACTOR, parsed.data, { db: deps.db });
    if (!created.ok) throw new CommandError(Object.values(created.errors).join('\n'));
    out(`API-Schlüssel angelegt (${created.id}). Er wird nur jetzt angezeigt:\n\n  ${created.token}\n`);
  },
};

export const tokenList: DatabaseCommand = {
  name: 'token:list',
  summary: 'API-Schlüssel auflisten',
  usage: 'token:list',
  description: [],
  options: {},
  async run({ deps, out }) {
    const tokens = await showApiAccesses(CLI_ACTOR, deps);
    const rows = tokens.map((token) => [
      token.id,
      token.name,
      token.departmentId ?? '–',
      token.revokedAt ? 'widerrufen' : 'aktiv',
      token.lastUsedAt?.toISOString() ?? 'nie',
    ]);
    out(columns([['ID', 'Name', 'Fachbereich', 'Status', 'Zuletzt benutzt'], ...rows]));
  },
};

export const tokenRevoke: DatabaseCommand = {
  name: 'token:revoke',
  summary: 'API-Schlüssel widerrufen',
  usage: 'token:revoke --id ID',
  description: ['Ein widerrufener Schlüssel wird sofort abgewiesen.'],
  options: { id: { type: 'string', placeholder: '<id>', description: 'ID aus token:list (Pflicht)' } },
  check(values) {
    requiredString(values, 'id');
  },
  async run({ deps, out }, values) {
    const id = requiredString(values, 'id');
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CommandError('Die ID hat nicht das Format aus token:list.');
    const { revoked } = await revokeApiAccess(CLI_ACTOR, id, { db: deps.db }).catch((error: unknown) => {
      throw (error as { code?: string }).code === 'not_found' ? new CommandError(`Kein API-Schlüssel mit der ID ${id}.`) : error;
    });
    if (!revoked) throw new CommandError(`Der API-Schlüssel ${id} war schon widerrufen.`);
    out(`API-Schlüssel ${id} ist widerrufen.`);
  },
};
