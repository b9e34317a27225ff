import type { FieldErrors } from '../../../../kernel/http';
import { Button, ButtonLink, ErrorSummary, Form, InsetText, SummaryList, TextField, formatMoney } from '../../../../kernel/views';
import type { FeeSummary, FieldDef, FormDefinition } from '../../../forms';
import type { ServiceForApplication } from '../../../services';
import { PATHS } from '../../paths';
import { paymentPolicyText } from '../payment-policy';

export interface StartPageProps {
  service: ServiceForApplication;
  definition: FormDefinition;
  /** Documents the form asks for (its file fields). */
  documents: FieldDef[];
  fee: FeeSummary;
  loggedIn: boolean;
  loginHref: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
}

/** GOV.UK start page: what it is, what you need, what it costs, how long it takes, then one way to start. */
export function StartPage({ service, definition, documents, fee, loggedIn, loginHref, values = {}, errors }: StartPageProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{definition.title}</h1>
      {definition.intro && definition.intro.split(/\n{2,}/).map((paragraph) => <p>{paragraph}</p>)}
      <h2>Was Sie brauchen</h2>
      {documents.length > 0 ? (
        <>
          <p>Halten Sie diese Unterlagen als Datei bereit (PDF, JPEG oder PNG):</p>
          <ul>
            {documents.map((field) => (
              <li>
                {field.label}
                {field.required ? '' : ' (wenn vorhanden)'}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Sie brauchen keine Unterlagen hochzuladen.</p>
      )}
      <h2>Kosten</h2>
      <FeePreview fee={fee} definition={definition} />
      <p>{paymentPolicyText(service.paymentPolicy, fee.totalCents > 0 || (definition.fee?.lines.length ?? 0) > 0)}</p>
      <h2>Wie lange es dauert</h2>
      <p>
        Das Ausfüllen dauert etwa 10 Minuten. Sie können zwischendurch speichern und später weitermachen. In der Regel entscheiden wir innerhalb von{' '}
        {service.processingDays} Tagen.
      </p>
      <StartActions service={service} loggedIn={loggedIn} loginHref={loginHref} values={values} errors={errors} />
    </>
  );
}

function FeePreview({ fee, definition }: { fee: FeeSummary; definition: FormDefinition }) {
  const extra = definition.fee?.lines ?? [];
  if (!definition.fee) return <p>Der Antrag ist gebührenfrei.</p>;
  return (
    <>
      <SummaryList rows={[{ key: definition.fee.baseLabel, value: formatMoney(fee.totalCents) }]} />
      {extra.length > 0 && (
        <>
          <p>Je nach Ihren Angaben kommen hinzu:</p>
          <ul>
            {extra.map((line) => (
              <li>
                {line.label}: {formatMoney(line.amount)}
                {line.per ? ' je Einheit' : ''}
              </li>
            ))}
          </ul>
          <p>Den genauen Betrag sehen Sie vor dem Absenden.</p>
        </>
      )}
    </>
  );
}

function StartActions({ service, loggedIn, loginHref, values, errors }: Pick<StartPageProps, 'service' | 'loggedIn' | 'loginHref' | 'values' | 'errors'>) {
  if (loggedIn) {
    return (
      <Form action={PATHS.start(service.slug)}>
        <Button>Antrag starten</Button>
      </Form>
    );
  }
  return (
    <>
      <h2>Mit Ihrem Konto</h2>
      <p>Mit einem Konto finden Sie Ihre Anträge jederzeit unter „Meine Anträge“ und bekommen Nachrichten der Verwaltung in Ihr Postfach.</p>
      <ButtonLink href={loginHref}>Anmelden und starten</ButtonLink>
      {service.guestAllowed ? (
        <>
          <h2>Ohne Konto fortfahren</h2>
          <p>
            Sie brauchen nur eine E-Mail-Adresse. Dorthin schicken wir Ihnen einen Link, mit dem Sie Ihren Antrag 30 Tage lang fortsetzen können, und die
            Eingangsbestätigung.
          </p>
          <Form action={PATHS.start(service.slug)}>
            <TextField
              name="email"
              type="email"
              label="Ihre E-Mail-Adresse"
              value={values?.email}
              error={errors?.email}
              autocomplete="email"
              spellcheck={false}
              maxLength={254}
            />
            <Button variant="secondary">Ohne Konto fortfahren</Button>
          </Form>
        </>
      ) : (
        <InsetText>
          <p>Für diesen Antrag brauchen Sie ein Konto, damit wir Ihnen sicher antworten können.</p>
        </InsetText>
      )}
    </>
  );
}
