import type { Config } from '../../../kernel/config';
import type { WlanGapReport } from '../tables';
import { PATHS } from '../paths';
import { STATE_LABELS } from './presenters';

function signature(config: Config): string[] {
  const { municipality } = config;
  return ['Freundliche Grüße', municipality.officialName, `${municipality.address.street}, ${municipality.address.postalCode} ${municipality.address.city}`];
}

const NOT_YOU =
  'Diese E-Mail wurde automatisch erstellt. Wenn Sie keine WLAN-Lücke gemeldet haben, hat jemand Ihre E-Mail-Adresse eingegeben. Dann können Sie diese E-Mail löschen.';

/**
 * The receipt repeats nothing the person typed (the address is not verified, so the portal must not
 * mail arbitrary text to arbitrary people): the reference, what happens next, when the address goes.
 */
export function receiptMail(config: Config, to: string, reference: string, retentionDays: number) {
  const text = [
    'Guten Tag,',
    '',
    `vielen Dank für Ihre Meldung eines Ortes, an dem freies WLAN fehlt. Sie ist bei der ${config.municipality.officialName} eingegangen.`,
    '',
    `Ihre Vorgangsnummer: ${reference}`,
    '',
    'Wie es weitergeht:',
    'Wir prüfen Ihre Meldung. Wenn wir sie bestätigen, erscheint der Ort ohne Ihre Angaben auf der öffentlichen Karte der WLAN-Lücken:',
    `${config.baseUrl}${PATHS.gapMap}`,
    'Ändert sich der Stand Ihrer Meldung, schreiben wir Ihnen an diese Adresse.',
    '',
    `Ihre E-Mail-Adresse und ein Foto löschen wir ${retentionDays} Tage nachdem die Meldung abgeschlossen ist.`,
    '',
    NOT_YOU,
    '',
    ...signature(config),
  ].join('\n');
  return { to, subject: `Ihre Meldung einer WLAN-Lücke: ${reference}`, text };
}

/** A change of state, with the public note staff wrote (their text, not the reporter's). */
export function stateChangedMail(config: Config, report: WlanGapReport, to: string) {
  const text = [
    'Guten Tag,',
    '',
    `Ihre Meldung ${report.reference} hat einen neuen Stand: ${STATE_LABELS[report.state]}.`,
    ...(report.publicNote ? ['', 'Hinweis der Verwaltung:', report.publicNote] : []),
    '',
    `Alle gemeldeten Orte sehen Sie auf der Karte der WLAN-Lücken: ${config.baseUrl}${PATHS.gapMap}`,
    '',
    NOT_YOU,
    '',
    ...signature(config),
  ].join('\n');
  return { to, subject: `Ihre Meldung ${report.reference}: ${STATE_LABELS[report.state]}`, text };
}
