import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, InsetText, RadioGroup, StepProgress } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import { stepHref, type BookingChoices } from '../choices';
import type { LocationRow } from '../repository';
import { BackLink, HiddenChoices } from './hidden-choices';
import { STEP_COUNT } from './step-count';

/** Step 2: where; only the locations whose counters offer every chosen service. */
export function LocationStep({ locations, choices, errors }: { locations: readonly LocationRow[]; choices: BookingChoices; errors?: FieldErrors | undefined }) {
  const back = stepHref(PATHS.book, { services: choices.services });
  return (
    <>
      <BackLink href={back} />
      <ErrorSummary errors={errors} />
      <StepProgress current={2} total={STEP_COUNT} />
      {locations.length === 0 ? (
        <>
          <h1>Kein Standort bietet alles zusammen an</h1>
          <InsetText>Ihre Anliegen werden nicht an einem Standort zusammen angeboten. Buchen Sie bitte für jedes Anliegen einen eigenen Termin.</InsetText>
          <p>
            <a href={back}>Anliegen ändern</a>
          </p>
        </>
      ) : (
        <Form action={PATHS.bookLocation} method="get">
          <HiddenChoices choices={{ services: choices.services }} />
          <input type="hidden" name="weiter" value="ja" />
          <RadioGroup
            name="standort"
            legend="Wo möchten Sie hingehen?"
            legendIsHeading
            options={locations.map((location) => ({
              value: location.slug,
              label: location.name,
              hint: `${location.street}, ${location.postalCode} ${location.city}`,
            }))}
            value={choices.location}
            error={errors?.standort}
          />
          <p>
            Anfahrt, Öffnungszeiten und Barrierefreiheit finden Sie auf der Seite des Standorts:{' '}
            {locations.map((location, index) => (
              <>
                {index > 0 && ', '}
                <a href={PATHS.location(location.slug)}>{location.name}</a>
              </>
            ))}
            .
          </p>
          <Button>Weiter</Button>
        </Form>
      )}
    </>
  );
}
