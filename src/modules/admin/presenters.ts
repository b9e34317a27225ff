import { auditActionLabels } from '../../kernel/audit';
import type { Role } from '../../kernel/auth';
import type { ModuleManifest } from '../../kernel/module';
import type { TagKind } from '../../kernel/views';
import { ADMIN_PATHS } from './paths';
import type { AuditRow } from './repository';

export const ROLE_LABELS: Record<Role, string> = {
  citizen: 'Bürgerkonto',
  staff: 'Mitarbeitende',
  admin: 'Administration',
};

export const ROLE_HINTS: Record<Role, string> = {
  citizen: 'Nur eigene Anliegen; Fachbereiche und Berechtigungen werden entfernt.',
  staff: 'Bearbeitet die Arbeit der gewählten Fachbereiche und nutzt die gewählten Berechtigungen.',
  admin: 'Darf alles, auch Konten, Rollen und Fachbereiche verwalten.',
};

export function roleLabel(role: string): string {
  return role in ROLE_LABELS ? ROLE_LABELS[role as Role] : role;
}

export interface Status {
  label: string;
  kind: TagKind;
}

export function accountStatus(user: { disabledAt: Date | null; passwordHash?: string | null }): Status {
  if (user.disabledAt) return { label: 'Gesperrt', kind: 'danger' };
  if (user.passwordHash === null) return { label: 'Passwort noch nicht gesetzt', kind: 'warning' };
  return { label: 'Aktiv', kind: 'success' };
}

const MAIL_STATUS: Record<string, Status> = {
  queued: { label: 'Wartet auf Versand', kind: 'info' },
  sent: { label: 'Versendet', kind: 'success' },
  local: { label: 'Nur lokal (kein SMTP)', kind: 'neutral' },
  failed: { label: 'Fehlgeschlagen', kind: 'danger' },
};

export function mailStatus(status: string): Status {
  return MAIL_STATUS[status] ?? { label: status, kind: 'neutral' };
}

/** An SMS's status: as a mail's, but kept locally for want of an SMS provider. */
export function smsStatus(status: string): Status {
  return status === 'local' ? { label: 'Nur lokal (kein SMS-Anbieter)', kind: 'neutral' } : mailStatus(status);
}

/** An audit entry as the tables show it: with its action's German label, when one is declared. */
export type AuditEntryView = AuditRow & { actionLabel: string | undefined };

/** Labels come from the kernel and every module's manifest (`auditActions`); the admin module knows none of them. */
export function withActionLabels(rows: AuditRow[], modules: readonly ModuleManifest[]): AuditEntryView[] {
  const labels = auditActionLabels(modules);
  return rows.map((row) => ({ ...row, actionLabel: labels.get(row.action) }));
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '–';
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' && value in ROLE_LABELS) return roleLabel(value);
  return String(value);
}

const DETAIL_KEYS: Record<string, string> = {
  email: 'E-Mail',
  role: 'Rolle',
  departments: 'Fachbereiche',
  permissions: 'Berechtigungen',
  name: 'Name',
  method: 'Verfahren',
  tables: 'Tabellen',
  departmentId: 'Fachbereich',
};

const OBJECT_TYPES: Record<string, string> = { user: 'Konto', department: 'Fachbereich', api_token: 'API-Zugang' };

export function objectTypeLabel(type: string): string {
  return OBJECT_TYPES[type] ?? type;
}

/** "vorher → nachher" for changes, `key: value` for everything else; one line per entry. */
export function describeDetails(details: Record<string, unknown> | null): string[] {
  if (!details) return [];
  const lines: string[] = [];
  if ('before' in details || 'after' in details) lines.push(`${show(details.before)} → ${show(details.after)}`);
  for (const [key, value] of Object.entries(details)) {
    if (key !== 'before' && key !== 'after') lines.push(`${DETAIL_KEYS[key] ?? key}: ${show(value)}`);
  }
  return lines;
}

/** A link that keeps the current filters; empty values are left out so URLs stay short. */
export function hrefWith(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function adminCrumbs(...more: { href: string; label: string }[]): { href: string; label: string }[] {
  return [{ href: '/', label: 'Startseite' }, { href: ADMIN_PATHS.workspace, label: 'Verwaltung' }, ...more];
}
