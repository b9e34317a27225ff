import type { Municipality } from '../../../kernel/config';
import type { PdfBlock, PdfDocumentSpec } from '../../../kernel/pdf';
import { formatDateTime, formatMoney } from '../../../kernel/views';
import type { SummaryPage } from '../../forms';
import type { ApplicationRow } from '../repository';
import { STATUS_LABELS } from '../workflow';
import { eventLabel } from './presenters';
import type { EventRow, MessageRow } from './repository';

export interface ExportData {
  municipality: Municipality;
  application: ApplicationRow;
  serviceName: string;
  answers: SummaryPage[];
  events: EventRow[];
  messages: MessageRow[];
  files: { filename: string; sha256: string }[];
}

/** The file of an application for the paper record: every answer and the whole history, internal notes included. */
export function exportPdfSpec({ municipality, application, serviceName, answers, events, messages, files }: ExportData): PdfDocumentSpec {
  const blocks: PdfBlock[] = [
    { type: 'heading', text: `Antrag ${application.reference ?? ''}: ${serviceName}`, level: 1 },
    {
      type: 'fields',
      rows: [
        { label: 'Aktenzeichen', value: application.reference ?? '' },
        { label: 'Leistung', value: serviceName },
        { label: 'Antragstellende Person', value: application.applicantName ?? 'nicht angegeben' },
        { label: 'E-Mail-Adresse', value: application.applicantEmail ?? application.guestEmail ?? 'nicht angegeben' },
        { label: 'Eingegangen', value: application.submittedAt ? formatDateTime(application.submittedAt) : '' },
        { label: 'Status', value: STATUS_LABELS[application.status] },
        { label: 'Gebühr', value: application.feeCents > 0 ? formatMoney(application.feeCents) : 'keine' },
      ],
    },
    { type: 'heading', text: 'Angaben', level: 2 },
    ...answers.flatMap((page): PdfBlock[] => [
      { type: 'heading', text: page.title, level: 3 },
      { type: 'fields', rows: page.rows.map((row) => ({ label: row.label, value: row.value })) },
    ]),
    { type: 'heading', text: 'Anlagen', level: 2 },
    files.length ? { type: 'list', items: files.map((file) => `${file.filename} (SHA-256 ${file.sha256})`) } : { type: 'paragraph', text: 'Keine Anlagen.' },
    { type: 'heading', text: 'Verlauf', level: 2 },
    events.length
      ? {
          type: 'list',
          items: events.map(
            (event) => `${formatDateTime(event.createdAt)}: ${eventLabel(event)}${event.text ? ` – ${event.text}` : ''} (${event.actorName ?? 'System'})`,
          ),
        }
      : { type: 'paragraph', text: 'Noch keine Einträge.' },
    { type: 'heading', text: 'Nachrichten', level: 2 },
    ...(messages.length
      ? messages.flatMap((message): PdfBlock[] => [
          { type: 'heading', text: `${formatDateTime(message.createdAt)}: ${message.subject}`, level: 3 },
          {
            type: 'paragraph',
            text: `${message.direction === 'to_applicant' ? `Von ${message.senderName ?? 'der Verwaltung'} an die antragstellende Person` : 'Von der antragstellenden Person'}\n${message.body}`,
          },
        ])
      : [{ type: 'paragraph' as const, text: 'Keine Nachrichten.' }]),
  ];
  return {
    title: `Antrag ${application.reference ?? ''} – Aktenauszug`,
    author: municipality.officialName,
    subject: serviceName,
    lang: 'de-DE',
    blocks,
    footer: `${municipality.officialName} · Aktenauszug ${application.reference ?? ''} · nur für den Dienstgebrauch`,
  };
}
