import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, formatMoney, RadioGroup, SummaryList } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { PaymentProvider } from '../providers';

export interface PayPageProps {
  applicationId: string;
  serviceName: string;
  amountCents: number;
  purpose: string;
  providers: PaymentProvider[];
  errors?: FieldErrors;
  selected?: string;
}

/** "Gebühr bezahlen": what is paid, then one question — how. */
export function PayPage({ applicationId, serviceName, amountCents, purpose, providers, errors, selected }: PayPageProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Gebühr bezahlen</h1>
      <SummaryList
        rows={[
          { key: 'Leistung', value: serviceName },
          { key: 'Betrag', value: formatMoney(amountCents) },
          { key: 'Verwendungszweck', value: purpose },
        ]}
      />
      <Form action={PATHS.pay(applicationId)}>
        <RadioGroup
          name="provider"
          legend="Wie möchten Sie bezahlen?"
          error={errors?.provider}
          value={selected}
          options={providers.map((provider) => ({ value: provider.id, label: provider.label, hint: provider.hint }))}
        />
        <Button>Weiter</Button>
      </Form>
    </>
  );
}
