import { sql } from 'drizzle-orm';
import { seedDemo } from '../../bootstrap';
import { audit } from '../../kernel/audit';
import { MAIL_JOB } from '../../kernel/mail';
import { CLI_ACTOR, demoLogins } from '../../modules/admin';
import { CommandError, UsageError } from '../args';
import type { DatabaseCommand } from './types';

/**
 * Kernel tables with content (accounts, their sessions and links, departments, protocol, outbox).
 * Not emptied: `jobs` (it holds the recurring schedules; queued mails are removed below) and the
 * migration bookkeeping.
 */
const KERNEL_CONTENT_TABLES = [
  'sessions',
  'user_tokens',
  'oidc_identities',
  'user_permissions',
  'user_departments',
  'users',
  'departments',
  'audit_log',
  'mail_outbox',
  'rate_limits',
];

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

export const demoReset: DatabaseCommand = {
  name: 'demo:reset',
  summary: 'Demo-Daten zurücksetzen (löscht alle Inhalte!)',
  usage: 'demo:reset --yes',
  description: [
    'Leert die Demo-Tabellen aller Module (ModuleManifest.demoTables) sowie Konten, Sitzungen, Fachbereiche,',
    'Protokoll und Postausgang, und spielt danach die Demo-Daten neu ein. Alle Personen werden abgemeldet.',
    'Tabellen, die auf geleerte Tabellen verweisen, werden mitgeleert (CASCADE).',
    'Nur in Installationen mit Demo-Daten (DEMO_DATA=true, Standard bei PGlite); fragt nicht nach, braucht aber --yes.',
  ],
  options: { yes: { type: 'boolean', description: 'Ja, alle Inhalte löschen' } },
  check(values) {
    if (values.yes !== true) throw new UsageError('demo:reset löscht alle Inhalte und Konten. Bestätigen Sie das mit --yes.');
  },
  async run({ deps, modules, out }) {
    if (!deps.config.demoData) {
      throw new CommandError('In dieser Installation sind Demo-Daten abgeschaltet (DEMO_DATA=false). demo:reset würde echte Daten löschen und bricht ab.');
    }
    const tables = [...new Set([...modules.flatMap((module) => module.demoTables ?? []), ...KERNEL_CONTENT_TABLES])];
    const invalid = tables.filter((table) => !TABLE_NAME.test(table));
    if (invalid.length) throw new CommandError(`Ungültige Tabellennamen in demoTables: ${invalid.join(', ')}`);
    await deps.database.execScript(`truncate ${tables.map((table) => `"${table}"`).join(', ')} restart identity cascade`);
    await deps.db.execute(sql`delete from jobs where kind = ${MAIL_JOB}`);
    out(`Geleert: ${tables.join(', ')}.`);
    await seedDemo(deps, [...modules]);
    await audit(deps.db, CLI_ACTOR, { action: 'cli.demo_reset', details: { tables } });
    const logins = demoLogins(deps.config);
    if (!logins) {
      out(`Demo-Daten neu eingespielt. ${deps.config.municipality.officialName} hat kein Demo-Paket mit Anmeldungen (demoPack).`);
      return;
    }
    out('Demo-Daten neu eingespielt. Anmelden mit:');
    for (const account of logins.accounts) out(`  ${account.email} (${account.role}), Passwort ${logins.password}`);
  },
};
