import type { FieldErrors } from '../../../../kernel/http';
import { Button, Form, formatMoney, RadioGroup, SelectField, TextArea, TextField } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import { isClosed, STAFF_TRANSITIONS, STATUS_LABELS } from '../../workflow';
import { REASON_REQUIRED } from '../schemas';
import type { DetailData } from '../detail-data';
import { PaymentsTable } from './detail-sections';

export interface FormState {
  errors?: FieldErrors | undefined;
  values?: Record<string, string> | undefined;
}

const STATUS_HINTS: Partial<Record<keyof typeof STATUS_LABELS, string>> = {
  in_progress: 'Sie prüfen den Antrag.',
  awaiting_citizen: 'Die antragstellende Person muss etwas nachreichen oder beantworten. Geben Sie unten an, was.',
  approved: 'Schließt den Antrag ohne Bescheid-PDF. Für einen Bescheid nutzen Sie „Bescheid erstellen“.',
  rejected: 'Schließt den Antrag ohne Bescheid-PDF. Geben Sie unten die Begründung an.',
};

export function AssignForms({ application, colleagues, actorId, errors, values }: Pick<DetailData, 'application' | 'colleagues' | 'actorId'> & FormState) {
  return (
    <section aria-labelledby="assign-title">
      <h2 id="assign-title">Zuweisung</h2>
      {application.assigneeId !== actorId && (
        <Form action={PATHS.staffAction(application.id, 'zuweisen')} label="Mir zuweisen">
          <input type="hidden" name="assignee" value={actorId} />
          <Button variant="secondary">Mir zuweisen</Button>
        </Form>
      )}
      <Form action={PATHS.staffAction(application.id, 'zuweisen')} label="Einer Kollegin oder einem Kollegen zuweisen">
        <SelectField
          name="assignee"
          label="Zuweisen an"
          value={values?.assignee ?? application.assigneeId ?? ''}
          error={errors?.assignee}
          placeholder="Bitte auswählen"
          options={colleagues.map((colleague) => ({ value: colleague.id, label: colleague.displayName }))}
        />
        <Button variant="secondary">Zuweisen</Button>
      </Form>
    </section>
  );
}

export function StatusForm({ application, errors, values }: Pick<DetailData, 'application'> & FormState) {
  const targets = STAFF_TRANSITIONS[application.status];
  if (targets.length === 0) return null;
  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">Status ändern</h2>
      <Form action={PATHS.staffAction(application.id, 'status')} label="Status ändern">
        <RadioGroup
          name="status"
          legend="Neuer Status"
          value={values?.status}
          error={errors?.status}
          options={targets.map((status) => ({ value: status, label: STATUS_LABELS[status], hint: STATUS_HINTS[status] }))}
        />
        <TextArea
          name="reason"
          label="Begründung für die antragstellende Person"
          hint={`Pflicht bei ${REASON_REQUIRED.map((status) => `„${STATUS_LABELS[status]}“`).join(' und ')}. Die antragstellende Person liest diesen Text.`}
          value={values?.reason}
          error={errors?.reason}
        />
        <Button>Status speichern</Button>
      </Form>
    </section>
  );
}

export function NoteForm({ application, errors, values }: Pick<DetailData, 'application'> & FormState) {
  return (
    <section aria-labelledby="note-title">
      <h2 id="note-title">Interne Notiz</h2>
      <Form action={PATHS.staffAction(application.id, 'notiz')} label="Interne Notiz">
        <TextArea
          name="note"
          label="Notiz"
          hint="Nur für die Verwaltung sichtbar. Die antragstellende Person sieht Notizen nie."
          value={values?.note}
          error={errors?.note}
          rows={3}
        />
        <Button variant="secondary">Notiz speichern</Button>
      </Form>
    </section>
  );
}

export function MessageForm({ application, errors, values }: Pick<DetailData, 'application'> & FormState) {
  return (
    <section aria-labelledby="message-title">
      <h2 id="message-title">Nachricht an die antragstellende Person</h2>
      <Form action={PATHS.staffAction(application.id, 'nachricht')} multipart label="Nachricht senden">
        <TextField name="subject" label="Betreff" value={values?.subject} error={errors?.subject} maxLength={200} />
        <TextArea name="body" label="Nachricht" value={values?.body} error={errors?.body} />
        <div class={errors?.attachments ? 'form-group form-group--error' : 'form-group'}>
          <label class="label" for="attachments">
            Anhänge (freiwillig)
          </label>
          <div id="attachments-hint" class="hint">
            PDF, JPEG oder PNG, höchstens 10 MB je Datei.
          </div>
          {errors?.attachments && (
            <p id="attachments-error" class="error-message">
              <span class="visually-hidden">Fehler: </span>
              {errors.attachments}
            </p>
          )}
          <input
            class="input"
            type="file"
            id="attachments"
            name="attachments"
            multiple
            accept=".pdf,.jpg,.jpeg,.png"
            aria-describedby={errors?.attachments ? 'attachments-hint attachments-error' : 'attachments-hint'}
          />
        </div>
        <Button>Nachricht senden</Button>
      </Form>
    </section>
  );
}

export function BescheidForm({ application, errors, values }: Pick<DetailData, 'application'> & FormState) {
  if (isClosed(application.status)) return null;
  return (
    <section aria-labelledby="bescheid-title">
      <h2 id="bescheid-title">Bescheid erstellen</h2>
      <p>Der Bescheid wird als PDF erstellt, in das Postfach der antragstellenden Person gelegt und schließt den Antrag ab.</p>
      <Form action={PATHS.staffAction(application.id, 'bescheid')} label="Bescheid erstellen">
        <RadioGroup
          name="decision"
          legend="Entscheidung"
          value={values?.decision}
          error={errors?.decision}
          options={[
            { value: 'approved', label: 'Bewilligt' },
            { value: 'rejected', label: 'Abgelehnt' },
          ]}
        />
        <TextArea
          name="reasoning"
          label="Begründung"
          hint="Erscheint im Bescheid. Trennen Sie Absätze durch eine Leerzeile."
          value={values?.reasoning}
          error={errors?.reasoning}
          rows={8}
        />
        <Button>Bescheid erstellen und zustellen</Button>
      </Form>
    </section>
  );
}

export function PaymentSection({ application, payments, errors }: Pick<DetailData, 'application' | 'payments'> & FormState) {
  const openInvoices = payments.filter((payment) => payment.provider === 'invoice' && payment.status === 'open');
  return (
    <section aria-labelledby="payment-title">
      <h2 id="payment-title">Zahlung</h2>
      <PaymentsTable payments={payments} />
      {openInvoices.length > 0 && (
        <Form action={PATHS.staffAction(application.id, 'zahlung')} label="Rechnung als bezahlt markieren">
          <RadioGroup
            name="payment"
            legend="Welche Rechnung hat die Stadtkasse als bezahlt gemeldet?"
            value={openInvoices.length === 1 ? openInvoices[0]!.id : undefined}
            error={errors?.payment}
            options={openInvoices.map((payment) => ({ value: payment.id, label: `Rechnung über ${formatMoney(payment.amountCents)}, ${payment.purpose}` }))}
          />
          <Button variant="secondary">Als bezahlt markieren</Button>
        </Form>
      )}
    </section>
  );
}
