import { after, before, beforeEach } from 'node:test';
import { eq } from 'drizzle-orm';
import { staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MANAGE_PERMISSION } from '../policies';
import { councilOrganizations, councilSources } from '../tables';
import { insertCouncilFixture, type CouncilFixture } from '../test-support';

/** A member of staff with council.manage and nothing else. */
export function councilStaff(t: TestApp): Promise<Person> {
  return staffMember(t, [], { permissions: [MANAGE_PERMISSION] });
}

/** The shared fixture, plus a Gremium that came from an import source (read-only in the staff sections). */
export async function staffFixture(t: TestApp): Promise<CouncilFixture & { sourceId: string; importedGremiumId: string }> {
  const fixture = await insertCouncilFixture(t.db);
  const [source] = await t.db
    .insert(councilSources)
    .values({ name: 'Ratsinformationssystem', url: `https://ris.example.org/oparl/system?${fixture.bodyId}` })
    .returning({ id: councilSources.id });
  const [imported] = await t.db
    .insert(councilOrganizations)
    .values({
      bodyId: fixture.bodyId,
      slug: 'jha',
      name: 'Jugendhilfeausschuss',
      organizationType: 'Gremium',
      sourceId: source!.id,
      externalUrl: 'https://ris.example.org/oparl/organization/7',
    })
    .returning({ id: councilOrganizations.id });
  return { ...fixture, sourceId: source!.id, importedGremiumId: imported!.id };
}

/** A row of one of the OParl tables by id, for assertions on `modified`, `deleted` and values. */
export async function organizationRow(t: TestApp, id: string) {
  const [row] = await t.db.select().from(councilOrganizations).where(eq(councilOrganizations.id, id));
  return row!;
}

export type StaffFixture = Awaited<ReturnType<typeof staffFixture>>;

/**
 * The setting of most staff tests: one app for the file, and before each test an empty database with
 * the fixture and a member of staff with council.manage. Read its fields inside the tests.
 */
export function staffTestContext(): { readonly t: TestApp; readonly staff: Person; readonly fixture: StaffFixture } {
  const context = {} as { t: TestApp; staff: Person; fixture: StaffFixture };
  before(async () => (context.t = await createTestApp()));
  beforeEach(async () => {
    await context.t.reset();
    context.staff = await councilStaff(context.t);
    context.fixture = await staffFixture(context.t);
  });
  after(() => context.t.close());
  return context;
}
