import { eq } from 'drizzle-orm';
import { createUser, findUserByEmail, userDepartments, userPermissions, type CurrentUser } from '../../../kernel/auth';
import { DemoPackError, readDemoPack } from '../../../kernel/config/demo-pack';
import type { Database } from '../../../kernel/db';
import type { ModuleDeps } from '../../../kernel/module';
import { demoLogins, type AdminPack } from '../../admin';
import { demoExamples, type Answers, type DemoPlaces } from '../../forms';
import { startApplication } from '../apply/use-cases/start-application';
import { mayProcessApplication } from '../policies';
import type { ApplicationRow } from '../repository';
import { applications } from '../tables';
import { applicationsPackSchema, type DemoCase } from './pack';
import { DEMO_IP, processAsStaff, saveAnswers, submit, type Started } from './steps';

export { applicationsPackSchema } from './pack';

/**
 * A living Bürgerplattform for `npm start`: the demo citizen's Anträge (a draft, one waiting, one
 * with a Rückfrage and a message, one approved with the Bescheid in the Postfach) and guests'
 * Anträge in the inbox of the demo staff, all made through the real use cases, so every row,
 * event, file, payment, audit entry and e-mail is what the portal itself writes. What is applied
 * for comes from the demo pack's `applications.json`. Runs only on an installation without any Antrag.
 */
export async function seedApplicationsDemo(deps: ModuleDeps): Promise<void> {
  const pack = readDemoPack(deps.config, 'applications', applicationsPackSchema);
  if (!pack) return;
  const [existing] = await deps.db.select({ id: applications.id }).from(applications).limit(1);
  if (existing) return;
  const logins = demoLogins(deps.config);
  if (!logins) throw new DemoPackError('applications.json des Demo-Pakets braucht die Konten aus admin.json, die fehlt');
  const citizen = await demoAccount(deps.db, logins, pack.citizenEmail);
  const staff = await demoAccount(deps.db, logins, pack.staffEmail);
  // A draft with every answer given: the citizen can check and submit it.
  const draft = await applyFor(deps, pack.places, citizen, { form: pack.draft.form, daysAgo: 0, steps: [] });
  await saveAnswers(deps, draft);
  const cases = [
    ...pack.citizenCases.map((demo) => ({ demo: demo as DemoCase, who: citizen })),
    ...pack.guestCases.map((demo) => ({ demo: demo as DemoCase, who: null })),
  ]
    // Oldest first, so reference numbers follow the order in which the Anträge came in.
    .sort((a, b) => b.demo.daysAgo - a.demo.daysAgo);
  const submitted: { demo: DemoCase; application: ApplicationRow }[] = [];
  for (const { demo, who } of cases) {
    const started = await applyFor(deps, pack.places, who, demo);
    submitted.push({ demo, application: await submit(deps, started, demo.daysAgo) });
  }
  for (const { demo, application } of submitted) {
    // An account changed by hand may not process this department's Anträge: they stay as submitted.
    if (mayProcessApplication(staff, application)) await processAsStaff(deps, staff, application.id, demo.steps);
  }
}

/**
 * The admin module seeds the demo accounts after this module (registry order); the ones the
 * Anträge need are created here from the same definitions, and the admin demo then skips them.
 */
async function demoAccount(db: Database, logins: AdminPack, email: string): Promise<CurrentUser> {
  const account = logins.accounts.find((candidate) => candidate.email === email);
  if (!account) throw new DemoPackError(`applications.json des Demo-Pakets nennt das Konto ${email}, das admin.json nicht definiert`);
  const user =
    (await findUserByEmail(db, email)) ?? (await db.transaction((tx) => createUser(tx, { ...account, password: logins.password, emailVerified: true })));
  const [departments, permissions] = await Promise.all([
    db.select({ id: userDepartments.departmentId }).from(userDepartments).where(eq(userDepartments.userId, user.id)),
    db.select({ id: userPermissions.permission }).from(userPermissions).where(eq(userPermissions.userId, user.id)),
  ]);
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    departments: user.role === 'citizen' ? [] : departments.map((row) => row.id),
    permissions: new Set(user.role === 'citizen' ? [] : permissions.map((row) => row.id)),
  };
}

/** Starts the Antrag like the start page does; the example answers are dated as of the day it came in. */
async function applyFor(deps: ModuleDeps, places: DemoPlaces, account: CurrentUser | null, demo: DemoCase): Promise<Started> {
  const example = demoExamples(new Date(Date.now() - demo.daysAgo * 24 * 60 * 60 * 1000), places)[demo.form].answers;
  const answers: Answers = { ...example, ...(account && 'email' in example ? { email: account.email } : {}), ...(demo.answers as Answers | undefined) };
  // Without children the form hides the children's page: its answers are not given.
  if (answers.forChildren === 'nein') delete answers.children;
  const { application } = await startApplication({ actor: account, guestIds: [], ip: DEMO_IP }, { slug: demo.form, guestEmail: demo.guestEmail }, deps);
  return { application, answers, applicant: { actor: account, guestIds: account ? [] : [application.id], ip: DEMO_IP } };
}
