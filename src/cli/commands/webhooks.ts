import { eq } from 'drizzle-orm';
import { audit } from '../../kernel/audit';
import { departments } from '../../kernel/auth';
import { CLI_ACTOR } from '../../modules/admin';
import { createWebhook, disableWebhook, listWebhooks } from '../../modules/applications';
import { columns, CommandError, requiredString } from '../args';
import type { Command } from './types';

/** Receivers outside the machine must be reached over TLS: the body names a reference and the signature is replayable otherwise. */
function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CommandError(`"${url}" ist keine URL.`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) {
    throw new CommandError('Die URL muss mit https:// beginnen (http:// nur für localhost).');
  }
}

export const webhookCreate: Command = {
  name: 'webhook:create',
  summary: 'Webhook für neue Anträge eines Fachbereichs anlegen',
  usage: 'webhook:create --department KENNUNG --url URL',
  description: [
    'Bei jeder Einreichung eines Antrags des Fachbereichs sendet das Portal einen POST an die URL, signiert mit HMAC-SHA256 (Header X-Stadtportal-Signature).',
    'Das Geheimnis für die Prüfung der Signatur wird nur einmal angezeigt.',
  ],
  options: {
    department: { type: 'string', placeholder: '<kennung>', description: 'Fachbereich, z. B. buergeramt (Pflicht)' },
    url: { type: 'string', placeholder: '<url>', description: 'Empfänger, https:// (Pflicht)' },
  },
  check(values) {
    requiredString(values, 'department');
    checkUrl(requiredString(values, 'url'));
  },
  async run({ deps }, values) {
    const departmentId = requiredString(values, 'department');
    const url = requiredString(values, 'url');
    const created = await deps.db.transaction(async (tx) => {
      const [department] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
      if (!department) throw new CommandError(`Den Fachbereich "${departmentId}" gibt es nicht.`);
      const webhook = await createWebhook(tx, { departmentId, url });
      await audit(tx, CLI_ACTOR, { action: 'applications.webhook_created', objectType: 'webhook', objectId: webhook.id, details: { departmentId, url } });
      return webhook;
    });
    console.log(`Webhook angelegt (${created.id}). Geheimnis für die Signaturprüfung (wird nur jetzt angezeigt):\n\n  ${created.secret}\n`);
  },
};

export const webhookList: Command = {
  name: 'webhook:list',
  summary: 'Webhooks auflisten',
  usage: 'webhook:list',
  description: [],
  options: {},
  async run({ deps }) {
    const webhooks = await listWebhooks(deps.db);
    console.log(columns([['ID', 'Fachbereich', 'URL', 'Status'], ...webhooks.map((hook) => [hook.id, hook.departmentId, hook.url, hook.disabledAt ? 'abgeschaltet' : 'aktiv'])]));
  },
};

export const webhookDisable: Command = {
  name: 'webhook:disable',
  summary: 'Webhook abschalten',
  usage: 'webhook:disable --id ID',
  description: ['Noch ausstehende Zustellungen an diesen Webhook entfallen.'],
  options: { id: { type: 'string', placeholder: '<id>', description: 'ID aus webhook:list (Pflicht)' } },
  check(values) {
    requiredString(values, 'id');
  },
  async run({ deps }, values) {
    const id = requiredString(values, 'id');
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CommandError('Die ID hat nicht das Format aus webhook:list.');
    const done = await deps.db.transaction(async (tx) => {
      const disabled = await disableWebhook(tx, id);
      if (disabled) await audit(tx, CLI_ACTOR, { action: 'applications.webhook_disabled', objectType: 'webhook', objectId: id });
      return disabled;
    });
    if (!done) throw new CommandError(`Keinen Webhook mit der ID ${id} gefunden.`);
    console.log(`Webhook ${id} ist abgeschaltet.`);
  },
};
