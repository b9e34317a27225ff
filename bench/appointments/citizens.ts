/**
 * The simulated citizens and what they do, whatever carries their requests (`BookingClient`: through
 * the core in process, or over HTTP). Each arrives at a random moment of the arrival window (an open
 * loop: a slow portal does not slow the crowd down), reads the free times of the day they want, picks
 * one of the first few (everybody wants the morning), books; a citizen told "taken" reads again and
 * tries again, a few times; a day without a free time sends them on to the next day, then away.
 */
import { performance } from 'node:perf_hooks';
import { SeededRandom } from '../../src/kernel/random';
import type { Release } from './release';

/** What a citizen asks for: services (by slug) and for how many persons. */
export type Ask = ReadonlyArray<{ slug: string; quantity: number }>;

export interface Citizen {
  email: string;
  ask: Ask;
  /** Index into the release's days: the day they want first. */
  day: number;
}

/** A start time as a client read it; `handle` is what that client needs to book it (counters, a form value). */
export interface FreeTime {
  startsAt: Date;
  handle: unknown;
}

export type BookingAnswer = 'booked' | 'taken' | 'refused';

/** What choosing a time gave: the time, ready to book, or "taken" with the times still free (the refusal's page lists them). */
export type Chosen = { ready: FreeTime } | { taken: FreeTime[] };

/** How the citizens reach the portal: the two implementations are `CoreClient` and `HttpClient`. */
export interface BookingClient {
  freeTimes(day: string, citizen: Citizen): Promise<FreeTime[]>;
  /**
   * Choosing a time, where the client has such a step (over HTTP: the time page's POST, which holds the
   * time, and the details page it leads to); timed as "choose". Without it the chosen time is booked at once.
   */
  choose?(time: FreeTime, citizen: Citizen): Promise<Chosen>;
  /** How long a person takes to type their details after choosing (not part of any latency). */
  readonly typingMs?: number;
  /** Requests sent so far, where one step may send several (over HTTP); else one per step. */
  requests?(): number;
  book(time: FreeTime, citizen: Citizen): Promise<BookingAnswer>;
}

/** How many citizens come for the release (BENCH_APPOINTMENTS_CITIZENS, 5,000 as issue 14 asks). */
export const CITIZENS = Number(process.env.BENCH_APPOINTMENTS_CITIZENS ?? 5000);
/**
 * Within how many seconds they arrive (BENCH_APPOINTMENTS_ARRIVAL_SECONDS): issue 14's 60 s by
 * default; 30 s is the harder variant the earlier runs used.
 */
export const ARRIVAL_SECONDS = Number(process.env.BENCH_APPOINTMENTS_ARRIVAL_SECONDS ?? 60);

/** Bookings a citizen tries before giving up (the first and the retries after "taken"). */
const ATTEMPTS = 4;
/** Days a citizen looks at for a free time: the one they want and the next (the day page shows which have some). */
const DAYS_LOOKED_AT = 2;
/** A citizen picks one of the first this many free times of the day. */
const FIRST_CHOICES = 5;
/** Share of the citizens who use one of a few shared addresses (a family, an agency reselling times). */
const SHARED_ADDRESS_SHARE = 0.02;
const SHARED_ADDRESSES = 10;

/** Who asks for what: a Bürgerbüro's mix, lengths of 1 to 4 units of 10 minutes. */
const ASKS: Array<{ share: number; ask: (slugs: Record<string, string>) => Ask }> = [
  { share: 0.3, ask: (s) => [{ slug: s.meldebescheinigung!, quantity: 1 }] },
  { share: 0.35, ask: (s) => [{ slug: s.personalausweis!, quantity: 1 }] },
  { share: 0.2, ask: (s) => [{ slug: s.reisepass!, quantity: 1 }] },
  { share: 0.1, ask: (s) => [{ slug: s.personalausweis!, quantity: 2 }] },
  {
    share: 0.05,
    ask: (s) => [
      { slug: s.personalausweis!, quantity: 1 },
      { slug: s.meldebescheinigung!, quantity: 1 },
    ],
  },
];

export function makeCitizens(count: number, release: Release, seed = 14): Citizen[] {
  const random = new SeededRandom(seed);
  const slugs = Object.fromEntries(release.services.map((service) => [service.slug.replace(/-[^-]+$/, ''), service.slug]));
  return Array.from({ length: count }, (_, i) => {
    let draw = random.next();
    const kind = ASKS.find((entry) => (draw -= entry.share) < 0) ?? ASKS[0]!;
    const shared = random.chance(SHARED_ADDRESS_SHARE);
    return {
      email: shared ? `familie-${random.int(1, SHARED_ADDRESSES)}@example.org` : `buerger-${i}@example.org`,
      ask: kind.ask(slugs),
      day: random.int(0, release.days.length - 1),
    };
  });
}

export interface RushResult {
  seconds: number;
  citizens: number;
  booked: number;
  /** Choices or bookings answered "taken meanwhile" (each followed by another choice, while attempts were left). */
  taken: number;
  /** Citizens refused by a limit per person. */
  refused: number;
  /** Citizens who found no free time on the days they looked at (the release was gone there). */
  foundNothing: number;
  /** Citizens who were told "taken" on every attempt. */
  gaveUp: number;
  errors: number;
  firstError?: string;
  requests: number;
  /** CPU time of this process during the rush (all its threads: PGlite's too), per request: what a busy machine does not inflate. */
  cpuMsPerRequest: number;
  bookMs: number[];
  freeTimesMs: number[];
  /** Choosing a time (over HTTP: holding it, and the details page). */
  chooseMs: number[];
}

async function timed<T>(into: number[], call: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await call();
  } finally {
    into.push(performance.now() - started);
  }
}

/**
 * One citizen's way: free times (day after day until some), a pick, the choice (which may hold it), the
 * booking. "Taken" at the choice shows the times still free, from which they pick again; "taken" at the
 * booking sends them to read the times again.
 */
async function actOut(client: BookingClient, citizen: Citizen, days: string[], random: SeededRandom, result: RushResult): Promise<void> {
  let dayIndex = citizen.day;
  let offered: FreeTime[] | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    let times = offered ?? [];
    for (let looked = 0; !offered && looked < Math.min(DAYS_LOOKED_AT, days.length) && times.length === 0; looked += 1) {
      times = await timed(result.freeTimesMs, () => client.freeTimes(days[dayIndex]!, citizen));
      if (times.length === 0) dayIndex = (dayIndex + 1) % days.length;
    }
    offered = undefined;
    if (times.length === 0) {
      result.foundNothing += 1;
      return;
    }
    const picked = times[random.int(0, Math.min(FIRST_CHOICES, times.length) - 1)]!;
    const chosen: Chosen = client.choose ? await timed(result.chooseMs, () => client.choose!(picked, citizen)) : { ready: picked };
    if ('taken' in chosen) {
      result.taken += 1;
      if (chosen.taken.length > 0) offered = chosen.taken;
      continue;
    }
    if (client.typingMs) await new Promise((wake) => setTimeout(wake, client.typingMs));
    const answer = await timed(result.bookMs, () => client.book(chosen.ready, citizen));
    if (answer === 'booked') result.booked += 1;
    if (answer === 'refused') result.refused += 1;
    if (answer !== 'taken') return;
    result.taken += 1;
  }
  result.gaveUp += 1;
}

/** Lets every citizen arrive at a random moment of `arrivalSeconds` and act; resolves when the last one is done. */
export async function rush(client: BookingClient, citizens: Citizen[], release: Release, arrivalSeconds: number): Promise<RushResult> {
  const random = new SeededRandom(2026);
  const result: RushResult = {
    seconds: 0,
    citizens: citizens.length,
    booked: 0,
    taken: 0,
    refused: 0,
    foundNothing: 0,
    gaveUp: 0,
    errors: 0,
    requests: 0,
    cpuMsPerRequest: 0,
    bookMs: [],
    freeTimesMs: [],
    chooseMs: [],
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    citizens.map(async (citizen) => {
      await new Promise((wake) => setTimeout(wake, random.next() * arrivalSeconds * 1000));
      try {
        await actOut(client, citizen, release.days, random, result);
      } catch (error) {
        result.errors += 1;
        result.firstError ??= (error instanceof Error ? error.message : String(error)).slice(0, 300);
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  result.requests = client.requests?.() ?? result.bookMs.length + result.freeTimesMs.length + result.chooseMs.length;
  const used = process.cpuUsage(cpu);
  result.cpuMsPerRequest = (used.user + used.system) / 1000 / Math.max(1, result.requests);
  return result;
}
