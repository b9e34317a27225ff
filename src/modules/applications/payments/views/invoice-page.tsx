import { ButtonLink, InsetText, SummaryList } from '../../../../kernel/views';

/** The transfer details after choosing "Rechnung / Überweisung". */
export function InvoicePage({
  instructions,
  continueHref,
  continueLabel,
}: {
  instructions: Record<string, string>;
  continueHref: string;
  continueLabel: string;
}) {
  return (
    <>
      <h1>Bitte überweisen Sie die Gebühr</h1>
      <p>Überweisen Sie den Betrag an die Stadtkasse. Geben Sie den Verwendungszweck genau so an, damit wir Ihre Zahlung Ihrem Antrag zuordnen können.</p>
      <SummaryList rows={Object.entries(instructions).map(([key, value]) => ({ key, value }))} />
      <InsetText>Sobald Ihre Zahlung bei der Stadtkasse eingegangen ist, sehen Sie das in Ihrem Antrag. Das kann einige Tage dauern.</InsetText>
      <ButtonLink href={continueHref}>{continueLabel}</ButtonLink>
    </>
  );
}
