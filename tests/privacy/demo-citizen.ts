import { eq, inArray, sql } from 'drizzle-orm';
import type { TestApp } from '../support/test-app';
import type { TestClient } from '../support/test-client';
import { createSession, oidcIdentities, type UserRow } from '../../src/kernel/auth';
import { queryRows } from '../../src/kernel/db';
import { applicationEvents, applicationFiles, applicationMessages, applications, storeGeneratedFile } from '../../src/modules/applications/testing';
import { insertReader, lentCopy, TEST_PIN } from '../../src/modules/library/testing';
import { councilAlertSubscriptions, councilMemberAccounts, insertCouncilFixture } from '../../src/modules/council/testing';
import { createApplication } from '../support/applications';
import { SAMPLE_FILES } from '../support/files';
import { createAccount, logInAs } from '../support/people';

/** Test helpers of "Meine Daten" and the account deletion: a citizen with data in every module, and the generic scan. */

export interface DemoCitizen {
  user: UserRow;
  client: TestClient;
  draftBlob: string;
  submittedBlob: string;
}

/**
 * A citizen as the demo has them: logged in on two devices, a pending address change (a token with
 * a second address), a linked BundID login, a draft with an upload, a submitted Antrag with files,
 * messages both ways and a status change by the person, a barrier report with name and address, and
 * a library card with the account's address and a loan, linked to the account through the card login; the role Ratsmitglied of the council and an e-mail alert of its address.
 */
export async function demoCitizen(t: TestApp, email = 'erika.mustermann@example.de'): Promise<DemoCitizen> {
  const user = await createAccount(t, { email, displayName: 'Erika Mustermann' });
  const client = t.client();
  await logInAs(client, email);
  await createSession(t.db, user.id);
  await t.db.insert(oidcIdentities).values({ issuer: 'https://bundid.example', subject: `bund-${email}`, userId: user.id });
  await client.submit('/konto/email-aendern', { email: 'erika.neu@example.de', password: 'Sonnenuntergang am Seilersee' });
  const owner = { applicantId: user.id };
  const applicant = { applicantName: 'Erika Mustermann', applicantEmail: email };
  const draft = await createApplication(t, owner, { status: 'draft', ...applicant });
  const draftFile = await storeGeneratedFile(t.deps, t.db, { application: draft, kind: 'receipt', filename: 'Entwurf.pdf', bytes: SAMPLE_FILES.pdf });
  const submitted = await createApplication(t, owner, { status: 'in_progress', answers: { requestType: '01', email: email.toUpperCase() }, ...applicant });
  await t.db
    .update(applications)
    .set({ search: sql`to_tsvector('german', unaccent(${submitted.reference} || ' Erika Mustermann ' || ${email} || ' Bewohnerparkausweis'))` })
    .where(eq(applications.id, submitted.id));
  const submittedFile = await storeGeneratedFile(t.deps, t.db, { application: submitted, kind: 'receipt', filename: 'Eingang.pdf', bytes: SAMPLE_FILES.pdf });
  await t.db
    .update(applicationFiles)
    .set({ uploadedBy: user.id })
    .where(inArray(applicationFiles.applicationId, [draft.id, submitted.id]));
  await t.db.insert(applicationMessages).values([
    { applicationId: submitted.id, direction: 'to_applicant', subject: 'Rückfrage', body: 'Bitte Foto nachreichen' },
    { applicationId: submitted.id, direction: 'from_applicant', senderId: user.id, subject: 'Antwort', body: 'Foto folgt' },
    { applicationId: draft.id, direction: 'from_applicant', senderId: user.id, subject: 'Frage', body: 'Zum Entwurf' },
  ]);
  await t.db
    .insert(applicationEvents)
    .values({ applicationId: submitted.id, kind: 'status', fromStatus: 'submitted', toStatus: 'in_progress', actorId: user.id, visibleToApplicant: true });
  await client.submit('/barrierefreiheit/barriere-melden', {
    description: 'Der Kontrast ist zu schwach.',
    name: 'Erika Mustermann',
    contact: email.toUpperCase(),
  });
  const card = await insertReader(t, { email, name: 'Erika Mustermann' });
  await lentCopy(t, card, 'Tintenherz');
  await client.submit('/bildung/buecherei/konto/anmelden', { cardNumber: card.cardNumber, pin: TEST_PIN });
  // council-staff: the account is linked as Ratsmitglied to a person of the council.
  const council = await insertCouncilFixture(t.db);
  await t.db.insert(councilMemberAccounts).values({ userId: user.id, personId: council.persons.anna });
  // council alerts: a confirmed e-mail alert of the account's (verified) address.
  await t.db
    .insert(councilAlertSubscriptions)
    .values({ email, kind: 'search', search: { q: 'Radweg' }, targetKey: 'search:radweg', label: 'Suche „Radweg“', confirmedAt: new Date() });
  return { user, client, draftBlob: draftFile.storageKey, submittedBlob: submittedFile.storageKey };
}

export interface Trace {
  table: string;
  row: string;
}

/**
 * Every row of every table in the portal's schema that still holds the id or the address (any
 * column, any type: each row is cast to text). Knows no table by name, so a module added later
 * whose erase hook forgets a column is found too.
 */
export async function tracesOf(t: TestApp, person: { id: string; email: string }): Promise<Trace[]> {
  const tables = await queryRows<{ name: string }>(
    t.db,
    sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  const traces: Trace[] = [];
  for (const { name } of tables) {
    const rows = await queryRows<{ row: string }>(
      t.db,
      sql`select r::text as row from ${sql.identifier(name)} r where strpos(lower(r::text), ${person.id}) > 0 or strpos(lower(r::text), ${person.email.toLowerCase()}) > 0`,
    );
    traces.push(...rows.map((row) => ({ table: name, row: row.row })));
  }
  return traces;
}
