import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, formatMoney, SelectField, StatusTag, SummaryList, Table, TextField } from '../../../../kernel/views';
import type { ReaderHold, ReaderLoan } from '../../lending/repository';
import { LENDING_PATHS } from '../../paths';
import { FEE_REASON_LABELS, germanDay } from '../../presenters';
import { FEE_REASONS, type LibraryFee } from '../../tables/lending';
import type { ReaderAtDesk } from '../use-cases/show-reader-at-desk';
import { ScanForm } from './scan-form';

interface ReaderDeskProps {
  data: ReaderAtDesk;
  today: string;
  errors?: FieldErrors | undefined;
  values?: Record<string, string | undefined>;
}

/** One reader at the desk: lend by barcode, renew, fees, the PIN letter. */
export function ReaderDeskPage({ data, today, errors = {}, values = {} }: ReaderDeskProps) {
  const { reader, loans, holds, fees, openCents } = data;
  const expired = reader.expiresOn < today;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{reader.name}</h1>
      <SummaryList
        rows={[
          { key: 'Ausweisnummer', value: reader.cardNumber },
          {
            key: 'Gültig bis',
            value: expired ? <StatusTag kind="danger">abgelaufen am {germanDay(reader.expiresOn)}</StatusTag> : germanDay(reader.expiresOn),
          },
          { key: 'E-Mail-Adresse', value: reader.email ?? 'keine' },
          { key: 'Bürgerkonto', value: reader.userId ? 'verbunden' : 'nicht verbunden' },
          { key: 'Offene Gebühren', value: formatMoney(openCents) },
        ]}
      />
      <h2>Ausleihen</h2>
      <ScanForm
        action={LENDING_PATHS.deskLend(reader.id)}
        name="barcode"
        label="Mediennummer"
        hint="Scannen Sie das Etikett des Exemplars."
        value={values.barcode}
        error={errors.barcode}
        button="Ausleihen"
      />
      <Table<ReaderLoan>
        caption={`Entliehen (${loans.length})`}
        columns={[
          {
            header: 'Titel',
            cell: (loan) => (
              <>
                {loan.title}
                <br />
                <span class="hint">{loan.barcode}</span>
              </>
            ),
          },
          {
            header: 'Rückgabe bis',
            cell: (loan) => (loan.dueOn < today ? <StatusTag kind="danger">überfällig seit {germanDay(loan.dueOn)}</StatusTag> : germanDay(loan.dueOn)),
          },
          { header: 'Stand', cell: (loan) => `${loan.renewals}-mal verlängert, ${loan.waiting} vorgemerkt` },
          {
            header: 'Aktion',
            cell: (loan) => (
              <Form action={LENDING_PATHS.deskRenew(reader.id)}>
                <input type="hidden" name="barcode" value={loan.barcode} />
                {errors[`renew-${loan.barcode}`] && <p class="error-message">{errors[`renew-${loan.barcode}`]}</p>}
                {/* aria-label, not a visually hidden span: positioned text inside a scrolling table widens a phone's page. */}
                <button type="submit" class="button button--secondary" id={`renew-${loan.barcode}`} aria-label={`Verlängern – ${loan.title}`}>
                  Verlängern
                </button>
              </Form>
            ),
          },
        ]}
        rows={loans}
        empty="Nichts entliehen."
      />
      <Table<ReaderHold>
        caption={`Vormerkungen (${holds.length})`}
        columns={[
          { header: 'Titel', cell: (hold) => hold.title },
          { header: 'Exemplar', cell: (hold) => hold.barcode },
          { header: 'Stand', cell: (hold) => (hold.readyAt ? <StatusTag kind="success">liegt bereit</StatusTag> : `Platz ${hold.position}`) },
        ]}
        rows={holds}
        empty="Keine Vormerkungen."
      />
      <h2 id="gebuehren">Gebühren</h2>
      <Table<LibraryFee>
        caption="Gebühren dieses Ausweises"
        columns={[
          { header: 'Art', cell: (fee) => FEE_REASON_LABELS[fee.reason] },
          { header: 'Wofür', cell: (fee) => fee.description },
          { header: 'Betrag', cell: (fee) => formatMoney(fee.amountCents) },
          {
            header: 'Stand',
            cell: (fee) =>
              fee.paidAt ? (
                <StatusTag kind="success">bezahlt</StatusTag>
              ) : (
                <Form action={LENDING_PATHS.deskSettle(reader.id)}>
                  <input type="hidden" name="fee" value={fee.id} />
                  <button type="submit" class="button button--secondary" aria-label={`Als bezahlt buchen – ${formatMoney(fee.amountCents)}`}>
                    Als bezahlt buchen
                  </button>
                </Form>
              ),
          },
        ]}
        rows={fees}
        empty="Keine Gebühren."
      />
      <h3>Gebühr erheben</h3>
      <Form action={LENDING_PATHS.deskCharge(reader.id)}>
        <SelectField
          name="reason"
          label="Grund"
          value={values.reason}
          error={errors.reason}
          options={FEE_REASONS.map((reason) => ({ value: reason, label: FEE_REASON_LABELS[reason] }))}
        />
        <TextField
          name="amount"
          label="Betrag in Euro"
          hint="Zum Beispiel 2,50"
          value={values.amount}
          error={errors.amount}
          width="short"
          inputMode="decimal"
        />
        <TextField
          name="description"
          label="Wofür (freiwillig)"
          hint="Zum Beispiel der Titel des Mediums."
          value={values.description}
          error={errors.description}
        />
        <Button>Gebühr erheben</Button>
      </Form>
      <h2>Ausweis</h2>
      <Form action={LENDING_PATHS.deskExtend(reader.id)}>
        <TextField
          name="expiresOn"
          label="Gültig bis"
          hint="Als JJJJ-MM-TT, zum Beispiel 2027-12-31."
          value={values.expiresOn ?? reader.expiresOn}
          error={errors.expiresOn}
          width="medium"
        />
        <Button variant="secondary">Gültigkeit speichern</Button>
      </Form>
      <h2>PIN</h2>
      <Form action={LENDING_PATHS.deskPinLetter(reader.id)}>
        <p>Der PIN-Brief enthält eine neue PIN. Die alte PIN gilt danach nicht mehr. Die neue PIN steht nur in diesem Brief.</p>
        <Button variant="secondary">PIN-Brief drucken</Button>
      </Form>
    </>
  );
}
