import type { Municipality } from '../../../kernel/config';
import type { PdfDocumentSpec } from '../../../kernel/pdf';
import { formatDate, formatMoney } from '../../../kernel/views';
import type { ApplicationRow } from '../repository';

/**
 * Where and how a decision can be challenged. In North Rhine-Westphalia there is no Widerspruch
 * against most decisions of a municipality (§ 110 JustG NRW): the remedy is an action at the
 * administrative court of the district. The court belongs to the template data, so another
 * municipality (or state) only changes this object, never the wording code.
 */
export interface LegalRemedy {
  court: { name: string; address: string[] };
  /** Time limit after notification, in words. */
  deadline: string;
}

export interface BescheidData {
  municipality: Municipality;
  remedy: LegalRemedy;
  application: Pick<ApplicationRow, 'reference' | 'applicantName' | 'submittedAt' | 'feeCents'>;
  serviceName: string;
  decision: 'approved' | 'rejected';
  reasoning: string;
  staffName: string;
  issuedAt: Date;
}

const DECISION_TEXT = {
  approved: 'Ihrem Antrag wird stattgegeben.',
  rejected: 'Ihr Antrag wird abgelehnt.',
} as const;

function remedyText({ court, deadline }: LegalRemedy): string {
  return (
    `Gegen diesen Bescheid können Sie ${deadline} Klage erheben. Die Klage ist schriftlich beim ` +
    `${court.name}, ${court.address.join(', ')}, einzureichen oder dort zur Niederschrift der Urkundsbeamtin ` +
    'oder des Urkundsbeamten der Geschäftsstelle zu erklären. Die Klage kann auch elektronisch nach Maßgabe ' +
    'des § 55a der Verwaltungsgerichtsordnung (VwGO) eingereicht werden.'
  );
}

/** The Bescheid as a letter: letterhead, decision, reasoning, fee and Rechtsbehelfsbelehrung. */
export function bescheidPdfSpec(data: BescheidData): PdfDocumentSpec {
  const { municipality, application } = data;
  const address = `${municipality.address.street}, ${municipality.address.postalCode} ${municipality.address.city}`;
  return {
    title: `Bescheid zum Antrag ${application.reference ?? ''}`.trim(),
    author: municipality.officialName,
    subject: data.serviceName,
    lang: 'de-DE',
    letterhead: {
      sender: [municipality.officialName, municipality.address.street, `${municipality.address.postalCode} ${municipality.address.city}`],
      recipient: application.applicantName ? [application.applicantName] : [],
      date: formatDate(data.issuedAt),
      reference: `Aktenzeichen: ${application.reference ?? ''}`,
    },
    blocks: [
      { type: 'heading', text: `Bescheid: ${data.serviceName}`, level: 1 },
      {
        type: 'fields',
        rows: [
          { label: 'Aktenzeichen', value: application.reference ?? '' },
          { label: 'Leistung', value: data.serviceName },
          { label: 'Antrag vom', value: application.submittedAt ? formatDate(application.submittedAt) : '' },
          { label: 'Entscheidung', value: data.decision === 'approved' ? 'Bewilligt' : 'Abgelehnt' },
          ...(application.feeCents > 0 ? [{ label: 'Gebühr', value: formatMoney(application.feeCents) }] : []),
        ],
      },
      { type: 'paragraph', text: DECISION_TEXT[data.decision] },
      { type: 'heading', text: 'Begründung', level: 2 },
      ...data.reasoning.split(/\n\s*\n/).map((text) => ({ type: 'paragraph' as const, text: text.trim() })),
      { type: 'heading', text: 'Rechtsbehelfsbelehrung', level: 2 },
      { type: 'paragraph', text: remedyText(data.remedy) },
      { type: 'paragraph', text: `Mit freundlichen Grüßen\nIm Auftrag\n${data.staffName}` },
    ],
    footer: `${municipality.officialName} · ${address} · ${municipality.contact.phone} · ${municipality.contact.email}`,
  };
}
