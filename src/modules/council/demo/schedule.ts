import { addDays, berlinMoment } from '../../../kernel/time';
import type { PackGremium } from './pack';
import type { DemoContext } from './rows';

/** A round of meetings lasts six weeks: the Ausschüsse first, then the Hauptausschuss, the Rat last. */
const ROUND_DAYS = 42;
/** The demo's year: about eight months back and four ahead of the seeding day. */
export const WINDOW = { pastDays: 240, futureDays: 120 } as const;
/** Invitations go out two weeks ahead; later meetings are only scheduled (terminiert). */
const INVITATION_DAYS = 14;

export type MeetingState = 'durchgeführt' | 'eingeladen' | 'terminiert';

export interface PlannedMeeting {
  id: string;
  gremium: PackGremium;
  round: number;
  day: string;
  start: Date;
  state: MeetingState;
  cancelled: boolean;
}

/** Councils do not meet between Christmas and Epiphany. */
function inChristmasBreak(day: string): boolean {
  const monthDay = day.slice(5);
  return monthDay >= '12-20' || monthDay <= '01-06';
}

function weekdayOf(day: string): number {
  return new Date(`${day}T12:00:00Z`).getUTCDay();
}

/**
 * Every Gremium's meetings in the window, in time order. One future meeting of an Ausschuss is
 * cancelled (it keeps its place in the calendar, without an agenda).
 */
export function planMeetings(context: DemoContext): PlannedMeeting[] {
  const { today, pack, random } = context;
  const first = addDays(today, -WINDOW.pastDays);
  // Rounds start on Mondays, so weekday 1–5 of a Gremium is its real weekday.
  const firstMonday = addDays(first, -((weekdayOf(first) + 6) % 7));
  const rounds = Math.ceil((WINDOW.pastDays + WINDOW.futureDays) / ROUND_DAYS) + 1;
  const planned: PlannedMeeting[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const gremium of pack.gremien) {
      if (round % gremium.everyRounds !== 0) continue;
      const day = addDays(firstMonday, round * ROUND_DAYS + gremium.week * 7 + gremium.weekday - 1);
      if (day < first || day > addDays(today, WINDOW.futureDays) || inChristmasBreak(day)) continue;
      const state: MeetingState = day < today ? 'durchgeführt' : day <= addDays(today, INVITATION_DAYS) ? 'eingeladen' : 'terminiert';
      planned.push({ id: random.uuid(), gremium, round, day, start: berlinMoment(day, gremium.time)!, state, cancelled: false });
    }
  }
  planned.sort((a, b) => a.start.getTime() - b.start.getTime());
  const cancelled = planned.find((meeting) => meeting.state === 'terminiert' && meeting.gremium.classification === 'Ausschuss');
  if (cancelled) cancelled.cancelled = true;
  return planned;
}

/** Whether the meeting has its agenda (and so its papers): held ones and those already invited to. */
export function hasAgenda(meeting: PlannedMeeting): boolean {
  return !meeting.cancelled && meeting.state !== 'terminiert';
}

/** "4. Sitzung des Schulausschusses": counted from the term's start at the Gremium's pace. */
export function meetingName(context: DemoContext, meeting: PlannedMeeting, earlierInWindow: number): string {
  const sinceTerm = (Date.parse(addDays(context.today, -WINDOW.pastDays)) - Date.parse(context.pack.term.startDate)) / 86_400_000;
  const before = Math.max(0, Math.floor(sinceTerm / (ROUND_DAYS * meeting.gremium.everyRounds)));
  return `${before + earlierInWindow + 1}. Sitzung ${meeting.gremium.genitive}`;
}
