import { findUserByEmail, ROLES, type Role } from '../../kernel/auth';
import { parseForm, type FieldErrors } from '../../kernel/http';
import {
  changeUserAccess,
  CLI_ACTOR,
  createStaffUser,
  EMAIL_TAKEN_MESSAGE,
  listDepartments,
  listUsers,
  newUserSchema,
  SET_PASSWORD_DAYS,
  type CreatedUser,
  type NewUserInput,
  type UserListRow,
} from '../../modules/admin';
import { columns, CommandError, listOption, requiredString, stringOption, UsageError, type Values } from '../args';
import type { CliContext, DatabaseCommand } from './types';

/** Form field → option, so a validation message names what to change on the command line. */
const OPTION_OF: Record<string, string> = { email: '--email', displayName: '--name', role: '--role', departments: '--department', permissions: '--permission' };

/** The web form's messages, plus what a terminal cannot show: the ids there are to choose from. */
function usageFromFields(fields: FieldErrors, choices: { departments: string[]; permissions: string[] }): UsageError {
  const known: Record<string, string[]> = { departments: choices.departments, permissions: choices.permissions };
  const lines = Object.entries(fields).map(([field, message]) => {
    const options = known[field];
    return `${OPTION_OF[field] ?? field}: ${message}${options ? ` Vorhanden: ${options.join(', ') || 'keine'}.` : ''}`;
  });
  return new UsageError(lines.join('\n'));
}

/** The same use case as the web form; its field errors become messages about the options. */
async function createOrExplain(input: NewUserInput, context: CliContext, choices: { departments: string[]; permissions: string[] }): Promise<CreatedUser> {
  const outcome = await createStaffUser(CLI_ACTOR, input, { ...context.deps, modules: context.modules });
  if (outcome.ok) return outcome;
  if (outcome.errors.email === EMAIL_TAKEN_MESSAGE) {
    throw new CommandError(`Es gibt schon ein Konto mit der Adresse ${input.email}. Rolle ändern: npm run cli -- user:role --email ${input.email} --role …`);
  }
  throw usageFromFields(outcome.errors, choices);
}

function parseRole(values: Values): Role {
  const role = requiredString(values, 'role');
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role muss eine dieser Rollen sein: ${ROLES.join(', ')}.`);
  return role as Role;
}

export const userCreate: DatabaseCommand = {
  name: 'user:create',
  summary: 'Konto für Mitarbeitende oder Administration anlegen',
  usage: 'user:create --email E --role staff|admin [--name N] [--department D]... [--permission P]...',
  description: [
    'Legt ein Konto ohne Passwort an und gibt den Link aus, über den die Person ihr Passwort festlegt',
    `(${SET_PASSWORD_DAYS} Tage gültig, einmal benutzbar). Dieselbe E-Mail liegt im Postausgang; mit SMTP`,
    'versendet sie der laufende Server. Fachbereiche und Berechtigungen sind wiederholbar.',
  ],
  options: {
    email: { type: 'string', placeholder: '<adresse>', description: 'E-Mail-Adresse (Pflicht)' },
    role: { type: 'string', placeholder: '<rolle>', description: 'staff (Mitarbeitende) oder admin (Pflicht)' },
    name: { type: 'string', placeholder: '<name>', description: 'Angezeigter Name; sonst der Teil der Adresse vor dem @' },
    department: { type: 'string', multiple: true, placeholder: '<kennung>', description: 'Fachbereich, z. B. buergeramt (wiederholbar)' },
    permission: { type: 'string', multiple: true, placeholder: '<berechtigung>', description: 'Berechtigung, z. B. admin.audit (wiederholbar)' },
  },
  check(values) {
    requiredString(values, 'email');
    requiredString(values, 'role');
  },
  async run(context, values) {
    const { deps, modules, out } = context;
    const email = requiredString(values, 'email');
    const choices = {
      departments: (await listDepartments(deps.db)).map((department) => department.id),
      permissions: modules.flatMap((module) => module.permissions ?? []).map((permission) => permission.id),
    };
    const input = {
      email,
      displayName: stringOption(values, 'name') ?? email.split('@')[0],
      role: stringOption(values, 'role'),
      departments: listOption(values, 'department'),
      permissions: listOption(values, 'permission'),
    };
    const parsed = parseForm(newUserSchema, input);
    if (!parsed.ok) throw usageFromFields(parsed.errors, choices);
    const { user, setPasswordLink } = await createOrExplain(parsed.data, context, choices);
    out(`Konto angelegt: ${user.email} (Rolle ${user.role}).`);
    out(`Link zum Festlegen des Passworts (${SET_PASSWORD_DAYS} Tage gültig, einmal benutzbar):`);
    out(setPasswordLink);
    out('Die E-Mail mit diesem Link steht im Postausgang (/verwaltung/postausgang); mit SMTP versendet sie der laufende Server.');
  },
};

export const userRole: DatabaseCommand = {
  name: 'user:role',
  summary: 'Rolle eines Kontos ändern',
  usage: 'user:role --email E --role citizen|staff|admin',
  description: [
    'Ändert nur die Rolle; Fachbereiche und Berechtigungen bleiben, außer bei citizen (dann werden sie entfernt).',
    'Das letzte aktive Konto mit der Rolle admin kann seine Rolle nicht abgeben.',
  ],
  options: {
    email: { type: 'string', placeholder: '<adresse>', description: 'E-Mail-Adresse des Kontos (Pflicht)' },
    role: { type: 'string', placeholder: '<rolle>', description: 'citizen, staff oder admin (Pflicht)' },
  },
  check(values) {
    requiredString(values, 'email');
    parseRole(values);
  },
  async run({ deps, modules, out }, values) {
    const email = requiredString(values, 'email');
    const role = parseRole(values);
    const user = await findUserByEmail(deps.db, email);
    if (!user) throw new CommandError(`Es gibt kein Konto mit der E-Mail-Adresse ${email}.`);
    const outcome = await changeUserAccess(CLI_ACTOR, user.id, { role }, { ...deps, modules });
    if (!outcome.ok) throw new CommandError(Object.values(outcome.errors).join('\n'));
    out(outcome.changed.includes('role') ? `Rolle von ${user.email}: ${user.role} → ${role}.` : `${user.email} hat schon die Rolle ${role}; nichts geändert.`);
  },
};

function status(user: UserListRow): string {
  if (user.disabledAt) return 'gesperrt';
  return user.passwordHash === null ? 'ohne Passwort' : 'aktiv';
}

async function allUsers({ deps }: CliContext, filter: { q?: string | undefined; role?: Role | undefined }): Promise<UserListRow[]> {
  const rows: UserListRow[] = [];
  for (let page = 1; ; page++) {
    const result = await listUsers(deps.db, filter, { page, pageSize: 500 });
    rows.push(...result.rows);
    if (rows.length >= result.total || result.rows.length === 0) return rows;
  }
}

export const userList: DatabaseCommand = {
  name: 'user:list',
  summary: 'Konten auflisten (alphabetisch nach E-Mail-Adresse)',
  usage: 'user:list [--role R] [--search TEXT]',
  description: ['Zeigt E-Mail-Adresse, Rolle, Status, Fachbereiche und Name jedes Kontos.'],
  options: {
    role: { type: 'string', placeholder: '<rolle>', description: 'Nur Konten mit dieser Rolle (citizen, staff, admin)' },
    search: { type: 'string', placeholder: '<text>', description: 'Nur Konten, deren Adresse oder Name den Text enthält' },
  },
  check(values) {
    if (values.role !== undefined) parseRole(values);
  },
  async run(context, values) {
    const { out } = context;
    const role = values.role === undefined ? undefined : parseRole(values);
    const users = await allUsers(context, { q: stringOption(values, 'search'), role });
    if (users.length === 0) {
      out('Keine Konten gefunden.');
      return;
    }
    const header = ['E-MAIL', 'ROLLE', 'STATUS', 'FACHBEREICHE', 'NAME'];
    out(columns([header, ...users.map((user) => [user.email, user.role, status(user), user.departments.join(', ') || '–', user.displayName])]));
    out(`\n${users.length} ${users.length === 1 ? 'Konto' : 'Konten'}.`);
  },
};
