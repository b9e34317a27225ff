import { AppError } from '../../kernel/http';
import { CLI_ACTOR } from '../../modules/admin';
import { createWebhookSubscription, disableWebhookSubscription, listWebhookSubscriptions, webhookUrlProblem } from '../../modules/applications';
import { columns, CommandError, requiredString } from '../args';
import type { DatabaseCommand } from './types';

/** The same rule as the workspace form, checked before the database is opened. */
function checkUrl(url: string): void {
  const problem = webhookUrlProblem(url);
  if (problem) throw new CommandError(problem);
}

/** A refusal of the shared use case (unknown department, bad URL) as the CLI's error message. */
function refusal(errors: Record<string, string>): CommandError {
  return new CommandError(Object.values(errors).join(' '));
}

export const webhookCreate: DatabaseCommand = {
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
  async run({ deps, out }, values) {
    const departmentId = requiredString(values, 'department');
    const url = requiredString(values, 'url');
    const created = await createWebhookSubscription(CLI_ACTOR, { department: departmentId, url }, deps);
    if (!created.ok) throw refusal(created.errors);
    out(`Webhook angelegt (${created.id}). Geheimnis für die Signaturprüfung (wird nur jetzt angezeigt):\n\n  ${created.secret}\n`);
  },
};

export const webhookList: DatabaseCommand = {
  name: 'webhook:list',
  summary: 'Webhooks auflisten',
  usage: 'webhook:list',
  description: [],
  options: {},
  async run({ deps, out }) {
    const { webhooks } = await listWebhookSubscriptions(CLI_ACTOR, {}, deps);
    out(
      columns([
        ['ID', 'Fachbereich', 'URL', 'Status'],
        ...webhooks.map((hook) => [hook.id, hook.departmentId, hook.url, hook.disabledAt ? 'abgeschaltet' : 'aktiv']),
      ]),
    );
  },
};

export const webhookDisable: DatabaseCommand = {
  name: 'webhook:disable',
  summary: 'Webhook abschalten',
  usage: 'webhook:disable --id ID',
  description: ['Noch ausstehende Zustellungen an diesen Webhook entfallen.'],
  options: { id: { type: 'string', placeholder: '<id>', description: 'ID aus webhook:list (Pflicht)' } },
  check(values) {
    requiredString(values, 'id');
  },
  async run({ deps, out }, values) {
    const id = requiredString(values, 'id');
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CommandError('Die ID hat nicht das Format aus webhook:list.');
    let result: { disabled: boolean };
    try {
      result = await disableWebhookSubscription(CLI_ACTOR, { id }, deps);
    } catch (error) {
      if (error instanceof AppError && error.status === 404) throw new CommandError(`Keinen Webhook mit der ID ${id} gefunden.`);
      throw error;
    }
    if (!result.disabled) {
      out(`Webhook ${id} war bereits abgeschaltet.`);
      return;
    }
    out(`Webhook ${id} ist abgeschaltet.`);
  },
};
