import type { ModuleNames } from './names';

export const useCaseTs = (n: ModuleNames) => `import { requireSection, type Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { mayManage${n.pascal} } from '../policies';
import { countEntries, listEntries } from '../repository';
import type { ListQuery } from '../schemas';
import type { ${n.pascal}Entry } from '../tables';

export const PAGE_SIZE = 50;

export interface EntryList {
  entries: ${n.pascal}Entry[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * The staff list of ${n.title}. Authorization first: anonymous visitors are asked to log in;
 * everybody without \`${n.id}.manage\` gets 404, so the section cannot be probed.
 */
export async function list${n.pascal}Entries(actor: Actor, input: ListQuery, deps: Pick<ModuleDeps, 'db'>): Promise<EntryList> {
  requireSection(actor, mayManage${n.pascal});
  const total = await countEntries(deps.db);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(input.seite, pageCount);
  const entries = await listEntries(deps.db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return { entries, total, page, pageCount };
}
`;

export const routesTsx = (n: ModuleNames) => `import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { PATHS } from './paths';
import { listQuery } from './schemas';
import { list${n.pascal}Entries } from './use-cases/list-entries';
import { PublicPage } from './views/public-page';
import { StaffListPage } from './views/staff-list';

/** The public page and the staff list: parse, one use case, render. */
export function ${n.camel}Routes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PATHS.public, async (_request, reply) => {
    return reply.page({ title: '${n.title}', breadcrumbs: [{ href: '/', label: 'Startseite' }], body: <PublicPage /> });
  });

  app.get(PATHS.staff, async (request, reply) => {
    const result = await list${n.pascal}Entries(request.user, listQuery.parse(request.query ?? {}), deps);
    return reply.page({ title: '${n.title} verwalten', workspace: true, body: <StaffListPage {...result} /> });
  });
}
`;

export const publicViewTsx = (n: ModuleNames) => `import { usePageContext } from '../../../kernel/views';

/** The public page of ${n.title}, with whom to ask. */
export function PublicPage() {
  const { contact } = usePageContext().municipality;
  return (
    <>
      <h1>${n.title}</h1>
      <p class="lead">Informationen der Stadtverwaltung zu ${n.title}.</p>
      <p>
        Fragen beantworten wir Ihnen gerne: Telefon {contact.phone}, E-Mail <a href={\`mailto:\${contact.email}\`}>{contact.email}</a>.
      </p>
    </>
  );
}
`;

export const staffViewTsx = (n: ModuleNames) => `import { formatDate, Pagination, Table } from '../../../kernel/views';
import { PATHS } from '../paths';
import type { EntryList } from '../use-cases/list-entries';

/** The staff list of ${n.title} in the workspace. */
export function StaffListPage({ entries, total, page, pageCount }: EntryList) {
  return (
    <>
      <h1>${n.title} verwalten</h1>
      <p class="lead">{total === 1 ? '1 Eintrag' : \`\${total} Einträge\`}</p>
      <Table
        caption="Einträge"
        columns={[
          { header: 'Titel', cell: (entry) => entry.title },
          { header: 'Angelegt am', cell: (entry) => formatDate(entry.createdAt) },
        ]}
        rows={entries}
        empty="Noch keine Einträge."
      />
      <Pagination page={page} pageCount={pageCount} hrefFor={PATHS.staffPage} />
    </>
  );
}
`;

export const testTs = (n: ModuleNames) => `import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSession, createUser, type Role } from '../../kernel/auth';
import { SESSION_COOKIE } from '../../kernel/http';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { ${n.camel}Module } from './index';
import { PATHS } from './paths';

let people = 0;

describe('${n.id} pages', () => {
  let t: TestApp;
  /** GET as a new person with this role and these permissions. */
  const getAs = async (role: Role, permissions: string[], url: string) => {
    people += 1;
    const user = await createUser(t.db, { email: \`${n.id}-\${people}@example.org\`, displayName: \`Person \${people}\`, role, emailVerified: true, permissions });
    const token = await createSession(t.db, user.id);
    return t.app.inject({ method: 'GET', url, headers: { cookie: \`\${SESSION_COOKIE}=\${token}\` } });
  };

  before(async () => {
    t = await createTestApp();
    await ${n.camel}Module.seedDemo!(t.deps);
    await ${n.camel}Module.seedDemo!(t.deps);
  });
  after(() => t.close());

  it('shows the public page to everybody', async () => {
    const { statusCode, body } = await t.app.inject(PATHS.public);
    assert.equal(statusCode, 200);
    assert.match(body, /<h1>${n.title}<\\/h1>/);
  });

  it('lists the entries for staff with ${n.id}.manage and for admins (seeding twice added nothing)', async () => {
    for (const [role, permissions] of [['staff', ['${n.id}.manage']], ['admin', []]] as const) {
      const { statusCode, body } = await getAs(role, [...permissions], PATHS.staff);
      assert.equal(statusCode, 200, role);
      assert.match(body, /<h1>${n.title} verwalten<\\/h1>/);
      assert.match(body, /3 Einträge/);
      assert.match(body, /<td>Erster Eintrag<\\/td>/);
    }
  });

  it('answers 404 to staff without the permission and to citizens, and asks visitors to log in', async () => {
    assert.equal((await getAs('staff', [], PATHS.staff)).statusCode, 404);
    assert.equal((await getAs('citizen', [], PATHS.staff)).statusCode, 404);
    assert.equal((await t.app.inject(PATHS.staff)).statusCode, 401);
  });

  it('shows its workspace section to admins and to staff with the permission only', async () => {
    const section = ${n.camel}Module.staffSections?.[0];
    assert.ok(section, 'one staff section');
    assert.equal(section.href, PATHS.staff);
    const actor = (role: Role, permissions: string[]) => ({ id: 'x', email: 'x@example.org', displayName: 'X', role, emailVerified: true, departments: [], permissions: new Set(permissions) });
    assert.equal(section.allowed(actor('admin', [])), true);
    assert.equal(section.allowed(actor('staff', ['${n.id}.manage'])), true);
    assert.equal(section.allowed(actor('staff', [])), false);
  });
});
`;
