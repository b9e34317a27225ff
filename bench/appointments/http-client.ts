/**
 * The citizens' client over HTTP: the booking pages as a browser without JavaScript uses them, on
 * loopback. ─── FOR THE LEAD TO CONNECT once the booking pages (booking/, i14-booking) are merged ───
 * What follows assumes the step pages of appt-booking.md: the time page lists the free times as
 * `zeit=HH:MM` (links or radio buttons), the details page has one form with `name` and `email`, the
 * CSRF token and the spam guard's stamp, and the POST answers 303 when booked and 400 with
 * "inzwischen vergeben" when the time was taken meanwhile. Check against the merged pages: the query
 * parameters (`QUERY`), the form's field names (`DETAILS`), the message (`TAKEN`); and give the
 * benchmark's server a spam-guard rule that lets 5,000 bookings from 127.0.0.1 through (its per-IP
 * limit would refuse them) and no minimum form age longer than `FILL_IN_MS`.
 */
import { APPOINTMENT_PATHS } from '../../src/modules/appointments';
import { berlinMoment } from '../../src/kernel/time';
import { HttpUser, parseForms, type ParsedForm } from '../applications/http-user';
import type { BookingAnswer, BookingClient, Citizen, FreeTime } from './citizens';
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
const DETAILS = (citizen: Citizen) => ({ name: 'Erika Lasttest', email: citizen.email });
const TAKEN = /inzwischen vergeben/i;
/** A person takes longer than the spam guard's minimum form age (3 s) to type their name and address. */
const FILL_IN_MS = 3_500;

interface HttpHandle {
  day: string;
  time: string;
  user: HttpUser;
  form?: ParsedForm;
}

export class HttpClient implements BookingClient {
  private readonly users = new WeakMap<Citizen, HttpUser>();

  constructor(
    private readonly baseUrl: string,
    private readonly release: Release,
  ) {}

  /** One browser (cookies) per citizen. */
  private userOf(citizen: Citizen): HttpUser {
    let user = this.users.get(citizen);
    if (!user) this.users.set(citizen, (user = new HttpUser(this.baseUrl)));
    return user;
  }

  async freeTimes(day: string, citizen: Citizen): Promise<FreeTime[]> {
    const user = this.userOf(citizen);
    const page = await user.request('times', `${APPOINTMENT_PATHS.bookTime}?${QUERY(this.release, citizen, day)}`);
    if (page.status !== 200) throw new Error(`time page: ${page.status}`);
    const times = new Set([...page.html.matchAll(/zeit(?:=|" value=")(\d\d(?::|%3A)\d\d)/gi)].map((match) => decodeURIComponent(match[1]!)));
    return [...times].sort().map((time) => ({ startsAt: berlinMoment(day, time)!, handle: { day, time, user } satisfies HttpHandle }));
  }

  async fillIn(chosen: FreeTime, citizen: Citizen): Promise<FreeTime> {
    const handle = chosen.handle as HttpHandle;
    const page = await handle.user.request('details', `${APPOINTMENT_PATHS.bookDetails}?${QUERY(this.release, citizen, handle.day, handle.time)}`);
    const form = parseForms(page.html).find((candidate) => candidate.inputs.some((input) => input.name === 'email'));
    if (page.status !== 200 || !form) throw new Error(`details page: ${page.status}${form ? '' : ', no form with an e-mail field'}`);
    await new Promise((wake) => setTimeout(wake, FILL_IN_MS));
    return { ...chosen, handle: { ...handle, form } satisfies HttpHandle };
  }

  async book(time: FreeTime, citizen: Citizen): Promise<BookingAnswer> {
    const handle = time.handle as HttpHandle;
    if (!handle.form) throw new Error('details form not read');
    const answer = await handle.user.submit('book', handle.form, DETAILS(citizen));
    if (answer.status === 303) return 'booked';
    if (answer.status === 400) return TAKEN.test(answer.html) ? 'taken' : 'refused';
    throw new Error(`booking POST: ${answer.status}`);
  }
}
