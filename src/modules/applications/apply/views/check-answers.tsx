import type { FieldErrors } from '../../../../kernel/http';
import { Button, ButtonLink, Checkbox, ErrorSummary, Form, StatusTag, SummaryList, formatMoney } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { CheckAnswersModel } from '../check-model';

export interface CheckAnswersProps extends CheckAnswersModel {
  errors?: FieldErrors;
}

/** "Prüfen Sie Ihre Angaben" (GOV.UK check answers) with the fee, the declaration and the submit button. */
export function CheckAnswersPage(props: CheckAnswersProps) {
  const { applicationId, summary, incomplete, errors } = props;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Prüfen Sie Ihre Angaben</h1>
      {summary.map((page) => (
        <>
          <h2>{page.title}</h2>
          <SummaryList
            rows={page.rows.map((row) => ({
              key: row.label,
              value: row.value || 'Keine Angabe',
              changeHref: `${PATHS.page(applicationId, page.pageId)}#${row.inputId}`,
            }))}
          />
        </>
      ))}
      <FeeSection {...props} />
      {incomplete.length > 0 ? (
        <>
          <h2 id="incomplete" tabIndex={-1}>
            Es fehlen noch Angaben
          </h2>
          <p>Bevor Sie den Antrag absenden können, ergänzen Sie bitte diese Seiten:</p>
          <ul>
            {incomplete.map((page) => (
              <li>
                <a href={page.href}>{page.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : props.payFirst ? (
        <>
          <h2 id="payment" tabIndex={-1}>
            Gebühr bezahlen
          </h2>
          <p>Bezahlen Sie jetzt die Gebühr. Danach kommen Sie auf diese Seite zurück und können den Antrag absenden.</p>
          <ButtonLink href={PATHS.pay(applicationId)}>Weiter zur Bezahlung</ButtonLink>
        </>
      ) : (
        <Form action={PATHS.submit(applicationId)}>
          <input type="hidden" name="submissionKey" value={props.submissionKey} />
          <h2>Erklärung</h2>
          <Checkbox name="declaration" label={props.declaration} error={errors?.declaration} />
          <p>Mit dem Absenden stellen Sie den Antrag verbindlich.</p>
          <Button>Antrag absenden</Button>
        </Form>
      )}
    </>
  );
}

function FeeSection({ fee, paymentText, paid }: CheckAnswersProps) {
  if (fee.totalCents === 0 && fee.lines.length === 0) return null;
  const rows = fee.lines.map((line) => ({ key: line.label, value: formatMoney(line.amountCents) }));
  return (
    <>
      <h2>Gebühren</h2>
      <SummaryList
        rows={[
          ...rows,
          {
            key: 'Gesamt',
            value: (
              <>
                <strong>{formatMoney(fee.totalCents)}</strong> {paid && <StatusTag kind="success">Bezahlt</StatusTag>}
              </>
            ),
          },
        ]}
      />
      <p>{paymentText}</p>
    </>
  );
}
