import { audit } from '../../kernel/audit';
import { createApiToken, listApiTokens, revokeApiToken } from '../../kernel/auth';
import { CLI_ACTOR } from '../../modules/admin';
import { columns, CommandError, requiredString, stringOption } from '../args';
import type { Command } from './types';

export const tokenCreate: Command = {
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
  async run({ deps }, values) {
    const name = requiredString(values, 'name');
    const departmentId = stringOption(values, 'department');
    const created = await deps.db.transaction(async (tx) => {
      const token = await createApiToken(tx, { name, ...(departmentId ? { departmentId } : {}) });
      await audit(tx, CLI_ACTOR, { action: 'kernel.api_token_created', objectType: 'api_token', objectId: token.id, details: { name, departmentId } });
      return token;
    }).catch((error: unknown) => {
      if (departmentId && /foreign key|violates/i.test(String((error as Error).message) + String((error as Error).cause ?? ''))) {
        throw new CommandError(`Den Fachbereich "${departmentId}" gibt es nicht.`);
      }
      throw error;
    });
    console.log(`API-Schlüssel angelegt (${created.id}). Er wird nur jetzt angezeigt:\n\n  ${created.token}\n`);
  },
};

export const tokenList: Command = {
  name: 'token:list',
  summary: 'API-Schlüssel auflisten',
  usage: 'token:list',
  description: [],
  options: {},
  async run({ deps }) {
    const tokens = await listApiTokens(deps.db);
    const rows = tokens.map((token) => [token.id, token.name, token.departmentId ?? '–', token.revokedAt ? 'widerrufen' : 'aktiv', token.lastUsedAt?.toISOString() ?? 'nie']);
    console.log(columns([['ID', 'Name', 'Fachbereich', 'Status', 'Zuletzt benutzt'], ...rows]));
  },
};

export const tokenRevoke: Command = {
  name: 'token:revoke',
  summary: 'API-Schlüssel widerrufen',
  usage: 'token:revoke --id ID',
  description: ['Ein widerrufener Schlüssel wird sofort abgewiesen.'],
  options: { id: { type: 'string', placeholder: '<id>', description: 'ID aus token:list (Pflicht)' } },
  check(values) {
    requiredString(values, 'id');
  },
  async run({ deps }, values) {
    const id = requiredString(values, 'id');
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CommandError('Die ID hat nicht das Format aus token:list.');
    const revoked = await deps.db.transaction(async (tx) => {
      const done = await revokeApiToken(tx, id);
      if (done) await audit(tx, CLI_ACTOR, { action: 'kernel.api_token_revoked', objectType: 'api_token', objectId: id });
      return done;
    });
    if (!revoked) throw new CommandError(`Kein aktiver API-Schlüssel mit der ID ${id}.`);
    console.log(`API-Schlüssel ${id} ist widerrufen.`);
  },
};
