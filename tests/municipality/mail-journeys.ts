import assert from 'node:assert/strict';
import { PATHS as APPOINTMENT_PATHS } from '../../src/modules/appointments/testing';
import { LENDING_PATHS } from '../../src/modules/library/testing';
import { errorMessages, links, parseHtml, textOf } from '../support/html';
import type { TestClient } from '../support/test-client';
import { firstChoice, openForm, sendForm, type OpenForm } from './journeys';

/**
 * Journeys after which a module writes a mail, through the pages as a person does (the municipality
 * tests): each takes the first choice a page offers, so any town's demo content will do.
 */

type Response = Awaited<ReturnType<TestClient['get']>>;

/** Where a step that went well sends the browser. */
function redirectOf(response: Response, what: string): string {
  assert.equal(response.statusCode, 303, `${what}: ${errorMessages(response.body).join(' | ') || response.body.slice(0, 300)}`);
  return String(response.headers.location);
}

/** The href of the link on `url` whose text matches `text`. */
async function linkOn(client: TestClient, url: string, text: RegExp): Promise<string> {
  const page = await client.get(url);
  const link = links(page.body).find((candidate) => text.test(candidate.text));
  assert.ok(link, `${url} links to ${text}`);
  return link.href;
}

/**
 * A guest through /termine/buchen up to the details: the first service, the first place offering
 * it, the first day with a free time (this month or the next), its first time, which choosing holds.
 * Answers the details form, to be sent with name and address after the spam guard's wait.
 */
export async function openAppointmentDetails(client: TestClient): Promise<OpenForm> {
  const services = await openForm(client, APPOINTMENT_PATHS.book, APPOINTMENT_PATHS.book, 'get');
  const placeStep = redirectOf(await sendForm(client, services, { dienst: firstChoice(services, 'dienst') }), 'the service');
  const places = await openForm(client, placeStep, APPOINTMENT_PATHS.bookLocation, 'get');
  const dayStep = redirectOf(await sendForm(client, places, { standort: firstChoice(places, 'standort') }), 'the place');
  const times = await openForm(client, await firstFreeDay(client, dayStep), APPOINTMENT_PATHS.bookTime);
  const detailsStep = redirectOf(await sendForm(client, times, { zeit: firstChoice(times, 'zeit') }), 'the time');
  return openForm(client, detailsStep, APPOINTMENT_PATHS.bookDetails);
}

/** The link of the first day with a free time in the calendar of `dayStep`, or of the month after it. */
async function firstFreeDay(client: TestClient, dayStep: string): Promise<string> {
  const page = parseHtml((await client.get(dayStep)).body);
  const day = page.querySelector('table a[href]')?.getAttribute('href');
  if (day) return day;
  const next = page.querySelector('a[rel="next"]')?.getAttribute('href');
  assert.ok(next, `${dayStep} has no free day and no next month`);
  const nextDay = parseHtml((await client.get(next)).body)
    .querySelector('table a[href]')
    ?.getAttribute('href');
  assert.ok(nextDay, `${next} has a free day`);
  return nextDay;
}

/**
 * A signed-in person books the first of the courses behind `bookingPages` (the course pages' "Jetzt
 * buchen") they may still book for themselves: the form's preset answer is "Ich selbst". A course
 * they hold already is refused and the next one tried.
 */
export async function bookFirstFreeCourse(client: TestClient, bookingPages: readonly string[]): Promise<void> {
  const refused: string[] = [];
  for (const page of bookingPages) {
    const booked = await sendForm(client, await openForm(client, page, page), {});
    if (booked.statusCode === 303) return;
    refused.push(`${page}: ${errorMessages(booked.body).join(' | ') || booked.statusCode}`);
  }
  assert.fail(`no course could be booked:\n${refused.join('\n')}`);
}

/**
 * At the lending desk (signed in as staff who lend): finds the reader by name, reads the copy of their
 * first hold, and books that copy's return; the hold is then ready and the reader is told by mail.
 */
export async function returnCopyHeldFor(client: TestClient, readerName: string): Promise<void> {
  const search = await openForm(client, LENDING_PATHS.desk, LENDING_PATHS.desk, 'get');
  const found = await sendForm(client, search, { suche: readerName });
  const readerPage = found.statusCode === 303 ? String(found.headers.location) : links(found.body).find((link) => link.text === readerName)?.href;
  assert.ok(readerPage, `the desk finds ${readerName}: ${errorMessages(found.body).join(' | ')}`);
  const holds = parseHtml((await client.get(readerPage)).body)
    .querySelectorAll('table')
    .find((table) => textOf(table.querySelector('caption') ?? '').startsWith('Vormerkungen'));
  const columns = holds?.querySelectorAll('thead th').map((header) => textOf(header)) ?? [];
  const barcode = holds?.querySelector('tbody tr')?.querySelectorAll('td')[columns.indexOf('Exemplar')];
  assert.ok(barcode, `${readerName} holds a copy`);
  const desk = await openForm(client, LENDING_PATHS.desk, LENDING_PATHS.deskReturn);
  redirectOf(await sendForm(client, desk, { barcode: textOf(barcode) }), 'the return');
}

/**
 * An admin creates a staff account from the user list's "Konto für Mitarbeitende anlegen" with the
 * preset role and the first Fachbereich offered; the new colleague gets a link to set a password by mail.
 */
export async function createStaffAccount(client: TestClient, usersPage: string, person: { email: string; displayName: string }): Promise<void> {
  const page = await linkOn(client, usersPage, /Konto für Mitarbeitende anlegen/);
  const form = await openForm(client, page, page);
  const created = await sendForm(client, form, { ...person, departments: firstChoice(form, 'departments') });
  redirectOf(created, 'the new account');
}
