/**
 * The citizens' client over HTTP: the booking pages as a browser without JavaScript uses them, on
 * loopback. Each citizen is one browser (cookies) with an address of its own behind the proxy (the
 * portal runs with TRUST_PROXY, and each citizen sends `x-forwarded-for`): the booking form's spam
 * guard limits bookings per address, as it would for 5,000 real people. The time page lists the free
 * times as the radio buttons `zeit` in a POST form that holds the chosen time (303 to the details
 * page) or answers 400 "inzwischen vergeben" with the times still free; the details page has the form
 * with `name` and `email`, the CSRF token and the spam guard's stamp; its POST answers 303 when booked
 * and 400 when the time was taken meanwhile (only when the hold had ended) or a limit refused.
 */
import { APPOINTMENT_PATHS } from '../../src/modules/appointments';
import { SPAM_FIELDS } from '../../src/kernel/http';
import { berlinMoment } from '../../src/kernel/time';
import { formWith, HttpUser, type ParsedForm } from '../applications/http-user';
import type { BookingAnswer, BookingClient, Chosen, Citizen, FreeTime } from './citizens';
import type { Release } from './release';

/** The booking's choices as the step pages carry them in the query string. */
function QUERY(release: Release, citizen: Citizen, day: string, time?: string): string {
  const query = new URLSearchParams();
  for (const { slug, quantity } of citizen.ask) {
    query.append('dienst', slug);
    query.set(`anzahl-${slug}`, String(quantity));
  }
  query.set('standort', release.locationSlug);
  query.set('tag', day);
  if (time) query.set('zeit', time);
  return query.toString();
}
/** What a person types; a browser sends the honeypot's empty text field too (the spam guard wants it). */
const DETAILS = (citizen: Citizen) => ({ name: 'Erika Lasttest', email: citizen.email, [SPAM_FIELDS.trap]: '' });
const TAKEN = /inzwischen vergeben/i;
/** The details page when the day's last free time went meanwhile: taken too. */
const DAY_GONE = /kein Termin mehr frei/i;
/** A person takes longer than the spam guard's minimum form age (3 s) to type their name and address. */
const FILL_IN_MS = 3_500;

/** The error summary's text, for the report's first error. */
function problemOf(html: string): string {
  const summary = /class="error-summary[^]*?<\/ul>/.exec(html)?.[0] ?? /<h1[^]*?<\/h1>/.exec(html)?.[0] ?? '';
  return summary
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

interface HttpHandle {
  day: string;
  time: string;
  user: HttpUser;
  /** The time page's form (hidden choices, POST action) the time was read from. */
  timeForm?: ParsedForm;
  /** The details page's form, once the time is held. */
  form?: ParsedForm;
}

export class HttpClient implements BookingClient {
  private readonly users = new WeakMap<Citizen, HttpUser>();
  private browsers = 0;
  private sent = 0;
  readonly typingMs = FILL_IN_MS;

  constructor(
    private readonly baseUrl: string,
    private readonly release: Release,
  ) {}

  requests(): number {
    return this.sent;
  }

  /** One browser (cookies) per citizen. */
  private userOf(citizen: Citizen): HttpUser {
    let user = this.users.get(citizen);
    if (!user) {
      const n = (this.browsers += 1);
      user = new HttpUser(this.baseUrl, { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` });
      this.users.set(citizen, user);
    }
    return user;
  }

  /** The free times a time page (or the hold's refusal) lists, with its form. */
  private timesOn(html: string, day: string, user: HttpUser): FreeTime[] {
    const timeForm = formWith(html, 'zeit');
    const times = new Set(timeForm?.inputs.flatMap((input) => (input.name === 'zeit' && /^\d\d:\d\d$/.test(input.value) ? [input.value] : [])));
    return [...times].sort().map((time) => ({ startsAt: berlinMoment(day, time)!, handle: { day, time, user, timeForm } satisfies HttpHandle }));
  }

  async freeTimes(day: string, citizen: Citizen): Promise<FreeTime[]> {
    const user = this.userOf(citizen);
    this.sent += 1;
    const page = await user.request('times', `${APPOINTMENT_PATHS.bookTime}?${QUERY(this.release, citizen, day)}`);
    // 400: the day has no free time left (the page says so and offers another day).
    if (page.status !== 200 && page.status !== 400) throw new Error(`time page: ${page.status}`);
    return this.timesOn(page.html, day, user);
  }

  async choose(chosen: FreeTime): Promise<Chosen> {
    const handle = chosen.handle as HttpHandle;
    if (!handle.timeForm) throw new Error('time page without its form');
    this.sent += 1;
    const held = await handle.user.submit('hold', handle.timeForm, { zeit: handle.time });
    if (held.status === 400) {
      if (TAKEN.test(held.html) || DAY_GONE.test(held.html)) return { taken: this.timesOn(held.html, handle.day, handle.user) };
      throw new Error(`hold refused: ${problemOf(held.html)}`);
    }
    if (held.status !== 303 || !held.location) throw new Error(`hold POST: ${held.status}: ${problemOf(held.html)}`);
    this.sent += 1;
    const page = await handle.user.request('details', held.location);
    const form = formWith(page.html, 'email');
    if (page.status !== 200 || !form) throw new Error(`details page: ${page.status}${form ? '' : ', no form with an e-mail field'}: ${problemOf(page.html)}`);
    return { ready: { ...chosen, handle: { ...handle, form } satisfies HttpHandle } };
  }

  async book(time: FreeTime, citizen: Citizen): Promise<BookingAnswer> {
    const handle = time.handle as HttpHandle;
    if (!handle.form) throw new Error('details form not read');
    this.sent += 1;
    const answer = await handle.user.submit('book', handle.form, DETAILS(citizen));
    if (answer.status === 303) return 'booked';
    if (answer.status === 400) return TAKEN.test(answer.html) || DAY_GONE.test(answer.html) ? 'taken' : 'refused';
    throw new Error(`booking POST: ${answer.status}`);
  }
}
