import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, InsetText, RadioGroup, StepProgress } from '../../../../kernel/views';
import { BackLink } from './hidden-choices';
import { STEP_COUNT } from './step-count';

export interface TimeStepProps {
  /** "Dienstag, 8. Dezember 2026". */
  dayText: string;
  times: string[];
  chosen?: string | undefined;
  /** The form with the earlier choices as hidden fields: a GET to its own page, or with `holds` a POST that holds the time. */
  action: string;
  /** The booking's time page: choosing POSTs and holds the time while the details are typed (use-cases/hold-time.ts). */
  holds?: boolean;
  hidden: ComponentChildren;
  backHref: string;
  summary: string;
  errors?: FieldErrors | undefined;
  step?: number;
}

/** Choose a time: the free start times of the day, as radio buttons. */
export function TimeStep(props: TimeStepProps) {
  return (
    <>
      <BackLink href={props.backHref} />
      <ErrorSummary errors={props.errors} />
      {props.step && <StepProgress current={props.step} total={STEP_COUNT} />}
      {props.times.length === 0 ? (
        <>
          <h1>Kein Termin mehr frei</h1>
          <InsetText>Am {props.dayText} ist inzwischen kein Termin mehr frei.</InsetText>
          <p>
            <a href={props.backHref}>Einen anderen Tag wählen</a>
          </p>
        </>
      ) : (
        <Form action={props.action} method={props.holds ? 'post' : 'get'} withoutCsrf={props.holds}>
          {props.hidden}
          <input type="hidden" name="weiter" value="ja" />
          <RadioGroup
            name="zeit"
            legend={`Um wie viel Uhr am ${props.dayText}?`}
            legendIsHeading
            hint={props.summary}
            options={props.times.map((time) => ({ value: time, label: `${time} Uhr` }))}
            value={props.chosen}
            error={props.errors?.zeit}
          />
          <Button>Weiter</Button>
        </Form>
      )}
    </>
  );
}
