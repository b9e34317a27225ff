import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { auditActionLabels, KERNEL_AUDIT_ACTIONS } from '../../kernel/audit';
import { PROJECT_ROOT } from '../../kernel/config';
import { MODULES } from '../../registry';

const SRC = resolve(PROJECT_ROOT, 'src');
/** An action: lower-case words joined by dots, `applications.payment.marked_paid`. */
const ACTION = /'([a-z_]+(?:\.[a-z_]+)+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The argument text of every `audit(` call in `source` (up to the matching parenthesis). */
function auditCalls(source: string): string[] {
  const calls: string[] = [];
  for (const match of source.matchAll(/\baudit\(/g)) {
    const start = match.index + match[0].length;
    let depth = 1;
    let end = start;
    while (depth > 0 && end < source.length) {
      if (source[end] === '(') depth += 1;
      if (source[end] === ')') depth -= 1;
      end += 1;
    }
    calls.push(source.slice(start, end - 1));
  }
  return calls;
}

/** Every action written anywhere in src/, with where it is written; a call whose action is no literal fails. */
function writtenActions(): Map<string, string> {
  const written = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    const source = readFileSync(file, 'utf8');
    for (const call of auditCalls(source)) {
      // The definition itself (`audit(db: Executor, …)`) is no call.
      if (call.startsWith('db: ')) continue;
      const actions = [...call.matchAll(ACTION)].map((match) => match[1]!);
      assert.ok(
        actions.length > 0,
        `${relative(SRC, file)}: write the action of audit(${call.slice(0, 60)}…) as a string literal, so its label can be checked`,
      );
      for (const action of actions) written.set(action, relative(SRC, file));
    }
  }
  return written;
}

describe('audit action labels', () => {
  const labels = auditActionLabels(MODULES);

  it('finds the audit calls it checks (the scan is not blind)', () => {
    const written = writtenActions();
    assert.ok(written.size >= 40, `found only ${written.size} actions`);
    assert.equal(written.get('admin.role_changed'), 'modules/admin/use-cases/change-user-access.ts');
    assert.equal(written.get('admin.user_enabled'), 'modules/admin/use-cases/set-user-disabled.ts');
  });

  it('has a German label for every action written anywhere', () => {
    const missing = [...writtenActions()].filter(([action]) => !labels.has(action)).map(([action, file]) => `${action} (${file})`);
    assert.deepEqual(missing, [], 'declare these in the writing module’s audit-actions.ts, or in KERNEL_AUDIT_ACTIONS when no module owns them');
  });

  it('declares no label for an action nobody writes, and each action in one place only', () => {
    const written = writtenActions();
    assert.deepEqual(
      [...labels.keys()].filter((action) => !written.has(action)),
      [],
    );
    const declared = [KERNEL_AUDIT_ACTIONS, ...MODULES.map((module) => module.auditActions ?? {})].flatMap((list) => Object.keys(list));
    assert.equal(new Set(declared).size, declared.length, 'an action is declared twice');
  });
});
