import type { PageOptions } from '../../../../kernel/views';
import { berlinTime } from '../../../../kernel/time';
import { PATHS } from '../../paths';
import { stepHref } from '../choices';
import { germanDate } from '../plan';
import { choiceSummary, durationText, longDay, servicesText, startText } from '../presenters';
import type { StepView } from '../use-cases/booking-steps';
import { BOOKING_CRUMBS } from './crumbs';
import { DayStep } from './day-step';
import { DetailsStep } from './details-step';
import { HiddenChoices } from './hidden-choices';
import { LocationStep } from './location-step';
import { ServicesStep } from './services-step';
import { TimeStep } from './time-step';

/** What the details page needs beyond the step's view: the account, the input kept, the spam stamp. */
export interface DetailsExtras {
  account: { name: string; email: string } | null;
  values?: Record<string, string> | undefined;
  accountRequiredUntil?: string | undefined;
  stamp: string;
}

const TITLES = {
  services: 'Termin buchen: Ihr Anliegen',
  location: 'Termin buchen: Standort',
  day: 'Termin buchen: Tag',
  time: 'Termin buchen: Uhrzeit',
  details: 'Termin buchen: Ihre Angaben',
} as const;

/** A step's page in the layout (400 when it carries errors). */
export function stepPage(view: StepView, extras: DetailsExtras): PageOptions {
  return { title: TITLES[view.step], breadcrumbs: BOOKING_CRUMBS, hasErrors: Boolean(view.errors), body: stepBody(view, extras) };
}

function stepBody(view: StepView, extras: DetailsExtras) {
  const { choices, errors } = view;
  switch (view.step) {
    case 'services':
      return <ServicesStep services={view.services} choices={choices} errors={errors} />;
    case 'location':
      return <LocationStep locations={view.locations} choices={choices} errors={errors} />;
    case 'day': {
      const upTo = { services: choices.services, location: choices.location };
      return (
        <DayStep
          step={3}
          month={view.month}
          freeDays={view.freeDays}
          firstMonth={view.window.today.slice(0, 7)}
          lastMonth={view.window.lastDay.slice(0, 7)}
          lastDayText={germanDate(view.window.lastDay)}
          hrefOfDay={(day) => stepHref(PATHS.bookTime, { ...upTo, day })}
          hrefOfMonth={(month) => stepHref(PATHS.bookDay, { ...upTo, month })}
          backHref={stepHref(PATHS.bookLocation, upTo)}
          summary={choiceSummary(view.services, view.place)}
          errors={errors}
        />
      );
    }
    case 'time': {
      const upTo = { services: choices.services, location: choices.location, day: view.day };
      return (
        <TimeStep
          step={4}
          holds
          dayText={longDay(view.day)}
          times={view.times}
          chosen={choices.time}
          action={PATHS.bookTime}
          hidden={<HiddenChoices choices={{ ...upTo, hold: choices.hold }} />}
          backHref={stepHref(PATHS.bookDay, { ...upTo, day: undefined, month: view.day.slice(0, 7) })}
          summary={choiceSummary(view.services, view.place)}
          errors={errors}
        />
      );
    }
    case 'details': {
      const { location } = view.place;
      const rows = [
        { key: 'Anliegen', value: servicesText(view.services), changeHref: stepHref(PATHS.book, { services: choices.services }) },
        {
          key: 'Standort',
          value: `${location.name}, ${location.street}, ${location.postalCode} ${location.city}`,
          changeHref: stepHref(PATHS.bookLocation, { services: choices.services, location: choices.location }),
        },
        {
          key: 'Tag und Uhrzeit',
          value: `${startText(view.day, view.startsAt)} (${durationText(view.place)})`,
          changeHref: stepHref(PATHS.bookTime, { ...choices, time: undefined }),
        },
      ];
      return (
        <DetailsStep
          choices={choices}
          rows={rows}
          heldUntil={view.heldUntil && berlinTime(view.heldUntil)}
          backHref={stepHref(PATHS.bookTime, choices)}
          errors={errors}
          {...extras}
        />
      );
    }
  }
}
