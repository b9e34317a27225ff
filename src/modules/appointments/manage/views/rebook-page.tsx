import type { PageOptions } from '../../../../kernel/views';
import { Button, Form, InsetText, SummaryList } from '../../../../kernel/views';
import { stepHref } from '../../booking/choices';
import { germanDate } from '../../booking/plan';
import { choiceSummary, durationText, longDay, servicesText, startText } from '../../booking/presenters';
import { BOOKING_CRUMBS } from '../../booking/views/crumbs';
import { DayStep } from '../../booking/views/day-step';
import { BackLink } from '../../booking/views/hidden-choices';
import { TimeStep } from '../../booking/views/time-step';
import { PATHS } from '../../paths';
import type { RebookView } from '../use-cases/rebook-steps';

/** The pages of moving a booking, in the layout (400 when they carry errors). */
export function rebookPage(view: RebookView): PageOptions {
  const title = view.step === 'locked' ? 'Termin verschieben' : `Termin ${view.reference} verschieben`;
  return { title, breadcrumbs: BOOKING_CRUMBS, hasErrors: 'errors' in view && Boolean(view.errors), body: <RebookBody view={view} /> };
}

function RebookBody({ view }: { view: RebookView }) {
  const path = PATHS.manageRebook(view.secret);
  if (view.step === 'locked') {
    return (
      <>
        <h1>Termin verschieben</h1>
        <InsetText>{view.message}</InsetText>
        <p>
          <a href={PATHS.manage(view.secret)}>Zurück zu Ihrem Termin</a>
        </p>
      </>
    );
  }
  const summary = `Neuer Tag für: ${choiceSummary(view.services, view.place)}`;
  switch (view.step) {
    case 'day':
      return (
        <DayStep
          month={view.month}
          freeDays={view.freeDays}
          firstMonth={view.window.today.slice(0, 7)}
          lastMonth={view.window.lastDay.slice(0, 7)}
          lastDayText={germanDate(view.window.lastDay)}
          hrefOfDay={(day) => stepHref(path, { services: [], day })}
          hrefOfMonth={(month) => stepHref(path, { services: [], month })}
          backHref={PATHS.manage(view.secret)}
          summary={summary}
          errors={view.errors}
        />
      );
    case 'time':
      return (
        <TimeStep
          dayText={longDay(view.day)}
          times={view.times}
          action={path}
          hidden={<input type="hidden" name="tag" value={view.day} />}
          backHref={stepHref(path, { services: [], month: view.day.slice(0, 7) })}
          summary={summary}
          errors={view.errors}
        />
      );
    case 'confirm':
      return (
        <>
          <BackLink href={stepHref(path, { services: [], day: view.day })} />
          <h1>{view.afterClosure ? 'Termin zu dieser Zeit buchen?' : 'Termin auf diese Zeit verschieben?'}</h1>
          <SummaryList
            rows={[
              { key: 'Anliegen', value: servicesText(view.services) },
              { key: 'Standort', value: view.place.location.name },
              {
                key: 'Neuer Termin',
                value: `${startText(view.day, view.startsAt)} (${durationText(view.place)})`,
                changeHref: stepHref(path, { services: [], day: view.day }),
              },
            ]}
          />
          <p>
            {view.afterClosure
              ? 'Sie bekommen eine Bestätigung per E-Mail.'
              : 'Ihr bisheriger Termin wird dabei abgesagt. Sie bekommen eine neue Bestätigung per E-Mail.'}
          </p>
          <Form action={path}>
            <input type="hidden" name="tag" value={view.day} />
            <input type="hidden" name="zeit" value={view.time} />
            <Button>{view.afterClosure ? 'Termin buchen' : 'Termin verschieben'}</Button>
          </Form>
        </>
      );
  }
}
