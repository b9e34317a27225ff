import type { FieldErrors } from '../../../kernel/http';
import { Button, ErrorSummary, Form, formatDateTime, RadioGroup, StatusTag, SummaryList } from '../../../kernel/views';
import { PATHS } from '../paths';
import { STATUS_HINTS, STATUS_KINDS, STATUS_LABELS } from '../presenters';
import type { AccessibilityReport } from '../repository';
import { ACCESSIBILITY_REPORT_STATUSES } from '../tables';
import { MultilineText } from './text-blocks';

interface ReportDetailProps {
  report: AccessibilityReport;
  reference: string;
  errors?: FieldErrors;
}

/** One report with everything staff need to answer it, and the status form. */
export function ReportDetailPage({ report, reference, errors }: ReportDetailProps) {
  const replySubject = encodeURIComponent(`Ihre Meldung einer Barriere: ${reference}`);
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Meldung {reference}</h1>
      <SummaryList
        rows={[
          { key: 'Status', value: <StatusTag kind={STATUS_KINDS[report.status]}>{STATUS_LABELS[report.status]}</StatusTag> },
          { key: 'Eingegangen', value: formatDateTime(report.createdAt) },
          { key: 'Seite', value: report.page ?? 'nicht angegeben' },
          { key: 'Beschreibung', value: <MultilineText text={report.description} /> },
          { key: 'Name', value: report.name ?? 'nicht angegeben' },
          {
            key: 'E-Mail-Adresse',
            value: report.contactEmail ? (
              <a href={`mailto:${report.contactEmail}?subject=${replySubject}`}>{report.contactEmail}</a>
            ) : (
              'nicht angegeben – keine Antwort möglich'
            ),
          },
        ]}
      />
      <Form action={PATHS.reportStatus(report.id)}>
        <RadioGroup
          name="status"
          legend="Status ändern"
          value={report.status}
          error={errors?.status}
          options={ACCESSIBILITY_REPORT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value], hint: STATUS_HINTS[value] }))}
        />
        <Button>Status speichern</Button>
      </Form>
      <p>
        <a href={PATHS.reports}>Zurück zu allen Barrieremeldungen</a>
      </p>
    </>
  );
}
