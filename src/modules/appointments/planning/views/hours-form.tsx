import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorMessage, ErrorSummary, Form, TextField } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import { hoursField, SPANS, WAVE_ROWS, waveField, WEEKDAYS } from '../plan-forms';
import type { openHoursForm, openWavesForm } from '../use-cases/hours-and-waves';
import { waveText, windowHint } from './plan-presenters';

type Values = Record<string, string>;

/** One short labelled input in a row of them (the date-input layout), its message above the row. */
function InlineInput({ name, label, value, error }: { name: string; label: string; value: string | undefined; error?: string | undefined }) {
  return (
    <div class="date-input__item">
      <label class="label" for={name}>
        {label}
      </label>
      <input
        class={`input input--short${error ? ' input--error' : ''}`}
        id={name}
        name={name}
        inputMode="numeric"
        value={value}
        aria-describedby={error ? `${name}-error` : undefined}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

/** A fieldset of inline inputs, with every message of its fields above them. */
function InlineGroup({ legend, names, errors, children }: { legend: string; names: string[]; errors?: FieldErrors | undefined; children: ComponentChildren }) {
  const failed = names.filter((name) => errors?.[name]);
  return (
    <div class={failed.length > 0 ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" role="group">
        <legend class="legend">{legend}</legend>
        {failed.map((name) => (
          <ErrorMessage name={name} error={errors?.[name]} />
        ))}
        <div class="date-input">{children}</div>
      </fieldset>
    </div>
  );
}

type HoursFormProps = Awaited<ReturnType<typeof openHoursForm>> & { values?: Values | undefined; errors?: FieldErrors | undefined };

/** The opening hours per weekday: a morning and, after a break, an afternoon; valid from a day on. */
export function HoursFormPage({ location, today, hours, values, errors }: HoursFormProps) {
  const stored = (weekday: number, spanIndex: number, kind: 'opens' | 'closes') => hours.filter((row) => row.weekday === weekday)[spanIndex]?.[kind];
  const value = (name: string, fallback: string | undefined) => (values ? values[name] : fallback);
  return (
    <>
      <h1>Öffnungszeiten ({location.name})</h1>
      <p class="lead">
        Zu diesen Zeiten gibt es buchbare Termine an jedem Platz, außer an Feiertagen und Schließtagen. Ein Tag ohne Zeiten ist geschlossen. Schon gebuchte
        Termine außerhalb neuer Zeiten bleiben bestehen.
      </p>
      <ErrorSummary errors={errors} />
      <Form action={STAFF_PATHS.planningHours(location.id)}>
        {WEEKDAYS.map((dayName, index) => {
          const weekday = index + 1;
          const names = SPANS.flatMap((span) => [hoursField('opens', weekday, span), hoursField('closes', weekday, span)]);
          return (
            <InlineGroup legend={dayName} names={names} errors={errors}>
              {SPANS.map((span, spanIndex) => (
                <>
                  <InlineInput
                    name={hoursField('opens', weekday, span)}
                    label={spanIndex === 0 ? 'Öffnet' : 'Nach der Pause ab'}
                    value={value(hoursField('opens', weekday, span), stored(weekday, spanIndex, 'opens'))}
                    error={errors?.[hoursField('opens', weekday, span)]}
                  />
                  <InlineInput
                    name={hoursField('closes', weekday, span)}
                    label="bis"
                    value={value(hoursField('closes', weekday, span), stored(weekday, spanIndex, 'closes'))}
                    error={errors?.[hoursField('closes', weekday, span)]}
                  />
                </>
              ))}
            </InlineGroup>
          );
        })}
        <TextField
          name="validFrom"
          label="Gültig ab"
          hint="Ab diesem Tag gelten die Zeiten, bis dahin die bisherigen. Zum Beispiel 24.12.2026."
          width="medium"
          value={value('validFrom', today.split('-').reverse().join('.'))}
          error={errors?.validFrom}
        />
        <Button>Öffnungszeiten speichern</Button>
      </Form>
      <p>
        <a href={STAFF_PATHS.planningLocation(location.id)}>Zurück zu {location.name}</a>
      </p>
    </>
  );
}

type WavesFormProps = Awaited<ReturnType<typeof openWavesForm>> & { values?: Values | undefined; errors?: FieldErrors | undefined };

/** Up to three release waves: a share of each day's times, so many days ahead, at a time of day. */
export function WavesFormPage({ location, waves, windowDays, values, errors }: WavesFormProps) {
  const value = (name: string, fallback: string | number | undefined) => (values ? values[name] : fallback === undefined ? undefined : String(fallback));
  return (
    <>
      <h1>Freigabewellen ({location.name})</h1>
      <p class="lead">
        Die Termine eines Tages werden in Wellen buchbar, zum Beispiel 70 % vier Wochen vorher und 30 % zwei Tage vorher, jeweils um 07:00 Uhr. So bekommt auch
        noch einen Termin, wer kurzfristig einen braucht. Die Anteile ergeben zusammen 100 %. Ohne Wellen ist jede Zeit sofort buchbar.
      </p>
      <p>{windowHint(windowDays)}</p>
      {waves.length > 0 && <p>Jetzt: {waves.map((wave) => waveText(wave, windowDays)).join('; ')}.</p>}
      <ErrorSummary errors={errors} />
      <Form action={STAFF_PATHS.planningWaves(location.id)}>
        {WAVE_ROWS.map((row) => {
          const wave = waves[row - 1];
          const names = [waveField('days', row), waveField('time', row), waveField('share', row)];
          return (
            <InlineGroup legend={`Welle ${row}${row > 1 ? ' (optional)' : ''}`} names={names} errors={errors}>
              <InlineInput name={names[0]!} label="Tage vorher" value={value(names[0]!, wave?.daysAhead)} error={errors?.[names[0]!]} />
              <InlineInput name={names[1]!} label="Uhrzeit" value={value(names[1]!, wave?.atTime)} error={errors?.[names[1]!]} />
              <InlineInput name={names[2]!} label="Anteil in %" value={value(names[2]!, wave?.sharePercent)} error={errors?.[names[2]!]} />
            </InlineGroup>
          );
        })}
        <Button>Freigabewellen speichern</Button>
      </Form>
      <p>
        <a href={STAFF_PATHS.planningLocation(location.id)}>Zurück zu {location.name}</a>
      </p>
    </>
  );
}
