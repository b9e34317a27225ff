import { isCalendarDate } from '../../../kernel/http';

/** Slugs of services and locations: lower-case words joined by hyphens (anything else is dropped before the database). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A hold's secret as `newHoldSecret` makes it (24 random bytes, base64url). */
const HOLD = /^[A-Za-z0-9_-]{32}$/;
/** More services than any counter offers at once would only be a long query string. */
const MAX_SERVICES = 10;

/** A service as the booking asks for it: its slug and for how many persons. */
export interface ChosenService {
  slug: string;
  quantity: number;
}

/**
 * The choices made so far in the booking's steps, carried in the query string of every step (and in
 * the details form's hidden fields), so the journey works without JavaScript and keeps no state on
 * the server: `dienst` (repeated, or a comma list), `anzahl-<slug>`, `standort`, `tag`, `zeit`, the
 * month the day page shows (`monat`), and the secret of the hold on the chosen time (`halten`: the
 * only thing the server keeps before the booking, in the held units themselves).
 */
export interface BookingChoices {
  services: ChosenService[];
  location?: string | undefined;
  day?: string | undefined;
  time?: string | undefined;
  month?: string | undefined;
  /** The secret of the hold on the chosen time (slots/hold-units.ts), from the time page's POST on. */
  hold?: string | undefined;
}

function values(raw: unknown): string[] {
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw)) return raw.filter((item): item is string => typeof item === 'string');
  return [];
}

function single(raw: unknown): string | undefined {
  const [first] = values(raw);
  return first?.trim() || undefined;
}

/**
 * Reads the choices from a query string or form body. Values that cannot be right (a malformed slug,
 * day or time) are left out, so each step asks again instead of answering with an error page; a
 * quantity that is no whole number counts as 0 and is refused at its field (`planBooking`).
 */
export function parseChoices(query: unknown): BookingChoices {
  const fields = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const slugs = [
    ...new Set(
      values(fields.dienst)
        .flatMap((value) => value.split(','))
        .map((slug) => slug.trim())
        .filter((slug) => SLUG.test(slug)),
    ),
  ].slice(0, MAX_SERVICES);
  const services = slugs.map((slug) => {
    const given = single(fields[`anzahl-${slug}`]);
    const quantity = given === undefined ? 1 : /^\d{1,2}$/.test(given) ? Number(given) : 0;
    return { slug, quantity };
  });
  const location = single(fields.standort);
  const day = single(fields.tag);
  const time = single(fields.zeit);
  const month = single(fields.monat);
  const hold = single(fields.halten);
  return {
    services,
    location: location && SLUG.test(location) ? location : undefined,
    day: day && isCalendarDate(day) ? day : undefined,
    time: time && TIME.test(time) ? time : undefined,
    month: month && MONTH.test(month) && isCalendarDate(`${month}-01`) ? month : undefined,
    hold: hold && HOLD.test(hold) ? hold : undefined,
  };
}

/** The choices as query parameters (`[name, value]` pairs), in the order of the steps. */
export function choiceParams(choices: BookingChoices): Array<[string, string]> {
  const params: Array<[string, string]> = choices.services.map((service) => ['dienst', service.slug]);
  for (const service of choices.services) if (service.quantity !== 1) params.push([`anzahl-${service.slug}`, String(service.quantity)]);
  if (choices.location) params.push(['standort', choices.location]);
  if (choices.day) params.push(['tag', choices.day]);
  if (choices.time) params.push(['zeit', choices.time]);
  if (choices.month) params.push(['monat', choices.month]);
  if (choices.hold) params.push(['halten', choices.hold]);
  return params;
}

/** A step's URL with the choices so far. */
export function stepHref(path: string, choices: BookingChoices): string {
  const query = new URLSearchParams(choiceParams(choices)).toString();
  return query ? `${path}?${query}` : path;
}

/** Whether a step's form was sent (its button carries `weiter`), as opposed to the step being opened. */
export function wasSent(query: unknown): boolean {
  return typeof query === 'object' && query !== null && 'weiter' in query;
}
