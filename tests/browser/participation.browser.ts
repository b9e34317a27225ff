import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/kernel/auth';
import { insertComment, insertIdea, MODERATE_PERMISSION, PATHS, STAFF_PATHS, useSettings } from '../../src/modules/participation/testing';
import { browserSuite } from './support/browser';
import { expectErrorSummary, watchProblems } from './support/checks';
import { expectAt, formDriver, step } from './support/journey';

const CITIZEN = { email: 'clara.citizen@example.org', displayName: 'Clara Bürger', password: 'Mitmachen macht die Stadt 7' };
const MODERATOR = { email: 'mona.moderation@example.org', displayName: 'Mona Moderation', password: 'Sachlich und freundlich 8' };

/** The spam guard refuses a form sent back within 3 seconds of its page: the journey waits like a person who reads it. */
async function likeAPerson(page: Page): Promise<void> {
  await page.waitForTimeout(3200);
}

browserSuite('Mitmachen: Vorschläge lesen, einreichen, kommentieren und moderieren', (env) => {
  let ideaId = '';
  let pendingId = '';
  let commentId = '';
  before(async () => {
    useSettings(env.t, {});
    await createUser(env.t.db, { ...CITIZEN, role: 'citizen', emailVerified: true });
    await createUser(env.t.db, { ...MODERATOR, role: 'staff', emailVerified: true, permissions: [MODERATE_PERMISSION] });
    const idea = await insertIdea(env.t, {
      title: 'WLAN im Stadtbahnhof',
      authorName: 'Jonas Becker',
      showName: true,
      supportCount: 12,
      answer: 'Wir prüfen das.',
      status: 'in_review',
    });
    ideaId = idea.id;
    const comment = await insertComment(env.t, { ideaId, authorName: 'Petra Hollmann', body: 'Gute Idee!', reviewedAt: null });
    commentId = comment.id;
    await insertComment(env.t, { ideaId, parentId: comment.id, authorName: 'Jonas Becker', body: 'Danke!' });
    pendingId = (await insertIdea(env.t, { title: 'Wartet auf Freigabe', visibility: 'pending', reviewedAt: null })).id;
  });

  test('Bürgerin: Liste, Vorschlag mit Kommentaren, leeres Formular, Vorschlag einreichen, unterstützen und antworten; axe auf jeder Seite', async () => {
    const page = await env.newPage();
    const problems = watchProblems(page);
    const audited = new Set<string>();
    const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);
    await step('Liste und Vorschlag als Besucherin', async () => {
      await page.goto(`${PATHS.public}?sortierung=unterstuetzt`);
      await at({ path: PATHS.public, h1: /^Mitmachen/, text: 'WLAN im Stadtbahnhof' });
      await formDriver.follow(page, PATHS.idea(ideaId));
      await at({ path: PATHS.idea(ideaId), h1: 'WLAN im Stadtbahnhof', text: 'Antwort der Stadt' });
    });
    await step('Anmelden', async () => {
      await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(PATHS.newIdea)}`);
      await formDriver.submit(page, { email: CITIZEN.email, password: CITIZEN.password });
      await at({ path: PATHS.newIdea, h1: 'Vorschlag einreichen' });
    });
    await step('Leeres Formular zeigt die Fehler', async () => {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('main form button[type="submit"]').click()]);
      await expectErrorSummary(page, { focusedByScript: true });
      await at({ path: PATHS.newIdea, text: 'Es gibt ein Problem' });
    });
    await step('Vorschlag einreichen', async () => {
      await page.locator('main [name="titel"]').fill('Sprechstunde für digitale Fragen');
      await page.locator('main [name="text"]').fill('Einmal im Monat eine offene Sprechstunde in der Stadtbücherei für Fragen zu den digitalen Angeboten.');
      await page.locator('main input[name="name_zeigen"][value="ja"]').check();
      await likeAPerson(page);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('main form button[type="submit"]').click()]);
      await at({ path: new URL(page.url()).pathname, h1: 'Sprechstunde für digitale Fragen', text: 'wartet auf die Freigabe' });
    });
    await step('Unterstützen und auf einen Kommentar antworten', async () => {
      await page.goto(PATHS.idea(ideaId));
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', { name: 'Vorschlag unterstützen' }).click()]);
      await at({ path: PATHS.idea(ideaId), text: '13 Unterstützungen bisher.' });
      await page.goto(`${PATHS.idea(ideaId)}?antwort=${commentId}`);
      await page.locator('main [name="text"]').fill('Finde ich auch.');
      await likeAPerson(page);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', { name: 'Antwort veröffentlichen' }).click()]);
      await at({ path: PATHS.idea(ideaId), text: 'Finde ich auch.' });
    });
    await step('Eigene Antwort bearbeiten und die Löschen-Seite', async () => {
      const edit = page.locator('main a[href^="/mitmachen/kommentare/"][href$="/bearbeiten"]').first();
      const editPath = (await edit.getAttribute('href')) ?? '';
      await formDriver.follow(page, editPath);
      await at({ path: editPath, h1: 'Kommentar bearbeiten' });
      await formDriver.submit(page, { text: 'Finde ich auch, gerade abends.' });
      await at({ path: PATHS.idea(ideaId), text: 'Finde ich auch, gerade abends.' });
      const deletePath = editPath.replace(/bearbeiten$/, 'loeschen');
      await page.goto(deletePath);
      await at({ path: deletePath, h1: 'Kommentar löschen?' });
    });
    await step('Melden und eigene Beiträge', async () => {
      await page.goto(PATHS.reportComment(commentId));
      await at({ path: PATHS.reportComment(commentId), h1: 'Kommentar melden' });
      await page.goto(PATHS.mine);
      await at({ path: PATHS.mine, h1: 'Meine Vorschläge und Kommentare', text: 'Sprechstunde für digitale Fragen' });
    });
    assert.deepEqual(problems, []);
  });

  test('Moderation: Warteschlange, Vorschlag freigeben, Kommentar prüfen; axe auf jeder Seite', async () => {
    const page = await env.newPage();
    const audited = new Set<string>();
    const at = (expected: Parameters<typeof expectAt>[1]) => expectAt(page, expected, audited);
    await page.goto(`/konto/anmelden?weiter=${encodeURIComponent(STAFF_PATHS.queue)}`);
    await formDriver.submit(page, { email: MODERATOR.email, password: MODERATOR.password });
    await at({ path: STAFF_PATHS.queue, h1: 'Ideen moderieren', text: 'Wartet auf Freigabe' });
    await formDriver.follow(page, STAFF_PATHS.idea(pendingId));
    await at({ path: STAFF_PATHS.idea(pendingId), h1: 'Wartet auf Freigabe' });
    await page.locator('main input[name="entscheidung"][value="freigeben"]').check();
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', { name: 'Entscheidung speichern' }).click()]);
    await at({ path: STAFF_PATHS.idea(pendingId), text: 'Der Vorschlag ist freigegeben.' });
    await page.goto(STAFF_PATHS.moderateComment(commentId));
    await at({ path: STAFF_PATHS.moderateComment(commentId), h1: 'Kommentar prüfen', text: 'Gute Idee!' });
  });
});
