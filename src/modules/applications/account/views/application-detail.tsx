import { ErrorSummary, formatDate, SummaryList } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { ApplicationDetail } from '../view-models';
import { Documents } from './documents';
import { History } from './history';
import { Payment } from './payment';
import { Postfach, type ReplyFormState } from './postfach';
import { StatusExplanation } from './status-explanation';

function latestReason(detail: ApplicationDetail): string | null {
  const { status } = detail.application;
  const last = detail.events.filter((event) => event.kind === 'status').at(-1);
  return last?.toStatus === status ? last.text : null;
}

function Answers({ detail }: { detail: ApplicationDetail }) {
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">Ihre Angaben</h2>
      {detail.summary.length === 0 && <p>Ihre Angaben können gerade nicht angezeigt werden. Sie stehen in Ihrer Eingangsbestätigung.</p>}
      {detail.summary.map((page) => (
        <>
          <h3>{page.title}</h3>
          <SummaryList rows={page.rows.map((row) => ({ key: row.label, value: row.value }))} />
        </>
      ))}
    </section>
  );
}

/** One of the citizen's applications: status and next steps, payment, messages, history, answers, documents. */
export function ApplicationDetailPage({
  detail,
  form = {},
  uploadHint,
  replyAction,
}: {
  detail: ApplicationDetail;
  form?: ReplyFormState;
  uploadHint: string;
  replyAction: string;
}) {
  const { application } = detail;
  return (
    <>
      <ErrorSummary errors={form.errors} />
      <h1>Antrag {application.reference}</h1>
      <p class="lead">{detail.serviceName}</p>
      <SummaryList
        rows={[
          { key: 'Leistung', value: detail.serviceName },
          { key: 'Aktenzeichen', value: application.reference },
          { key: 'Abgeschickt am', value: application.submittedAt ? formatDate(application.submittedAt) : '' },
          ...(application.closedAt ? [{ key: 'Abgeschlossen am', value: formatDate(application.closedAt) }] : []),
        ]}
      />
      <StatusExplanation status={application.status} reason={latestReason(detail)} />
      <Payment application={application} payments={detail.payments} mayPay={detail.mayPay} />
      <Postfach applicationId={application.id} messages={detail.messages} form={form} uploadHint={uploadHint} replyAction={replyAction} />
      <History events={detail.events} />
      <Answers detail={detail} />
      <Documents applicationId={application.id} files={detail.documents} />
      {detail.mayWithdraw && (
        <section aria-labelledby="withdraw-title">
          <h2 id="withdraw-title">Antrag zurückziehen</h2>
          <p>Wenn Sie die Leistung nicht mehr brauchen, können Sie den Antrag zurückziehen. Er wird dann nicht weiter bearbeitet.</p>
          <p>
            <a href={PATHS.mineWithdraw(application.id)}>Antrag {application.reference} zurückziehen</a>
          </p>
        </section>
      )}
    </>
  );
}
