import { SummaryList, type SummaryRow } from '../../../kernel/views';
import type { ServiceDetail } from '../repository';

/** "Kontakt": only the channels the Leistung has; phone numbers are dialled without spaces. */
export function ContactSection({ service }: { service: ServiceDetail }) {
  const { contactPhone, contactEmail, contactAddress, contactHours } = service;
  const rows: SummaryRow[] = [
    ...(contactAddress ? [{ key: 'Anschrift', value: contactAddress }] : []),
    ...(contactPhone ? [{ key: 'Telefon', value: <a href={`tel:${contactPhone.replace(/[^+\d]/g, '')}`}>{contactPhone}</a> }] : []),
    ...(contactEmail ? [{ key: 'E-Mail', value: <a href={`mailto:${contactEmail}`}>{contactEmail}</a> }] : []),
    ...(contactHours ? [{ key: 'Öffnungszeiten', value: contactHours }] : []),
  ];
  if (rows.length === 0) return null;
  return (
    <>
      <h2>Kontakt</h2>
      <SummaryList rows={rows} />
    </>
  );
}
