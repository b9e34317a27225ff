import type { FieldErrors } from '../../../../kernel/http';
import { ErrorSummary, InsetText, StepProgress } from '../../../../kernel/views';
import { BackLink } from './hidden-choices';
import { MonthCalendar, monthName, shiftMonth } from './month-calendar';
import { STEP_COUNT } from './step-count';

export interface DayStepProps {
  month: string;
  freeDays: ReadonlySet<string>;
  /** Months one may page to (the booking window's first and last). */
  firstMonth: string;
  lastMonth: string;
  /** The last day one may book, as the portal writes dates ("04.01.2027"). */
  lastDayText: string;
  hrefOfDay: (day: string) => string;
  hrefOfMonth: (month: string) => string;
  backHref: string;
  /** What the appointment is for, where (shown above the calendar). */
  summary: string;
  errors?: FieldErrors | undefined;
  /** Step numbers only in the booking; a rebooking has no steps. */
  step?: number;
}

/** Choose a day: a month at a time, the days with a free start linked, previous and next month. */
export function DayStep(props: DayStepProps) {
  const { month, freeDays } = props;
  const before = shiftMonth(month, -1);
  const after = shiftMonth(month, 1);
  return (
    <>
      <BackLink href={props.backHref} />
      <ErrorSummary errors={props.errors} />
      {props.step && <StepProgress current={props.step} total={STEP_COUNT} />}
      <h1 id="tag">An welchem Tag?</h1>
      <p>{props.summary}</p>
      {props.errors?.tag && (
        <p class="error-message">
          <span class="visually-hidden">Fehler: </span>
          {props.errors.tag}
        </p>
      )}
      <p>Termine können Sie bis zum {props.lastDayText} buchen. Weitere Termine werden nach und nach freigegeben.</p>
      <MonthCalendar month={month} freeDays={freeDays} hrefOfDay={props.hrefOfDay} />
      {freeDays.size === 0 && <InsetText>Im {monthName(month)} ist kein Termin mehr frei.</InsetText>}
      <nav class="pagination" aria-label="Monate">
        <ul class="pagination__list">
          {before >= props.firstMonth && (
            <li>
              <a href={props.hrefOfMonth(before)} rel="prev">
                Vorheriger Monat<span class="visually-hidden">: {monthName(before)}</span>
              </a>
            </li>
          )}
          {after <= props.lastMonth && (
            <li>
              <a href={props.hrefOfMonth(after)} rel="next">
                Nächster Monat<span class="visually-hidden">: {monthName(after)}</span>
              </a>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
