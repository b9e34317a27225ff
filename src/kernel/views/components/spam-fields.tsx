import type { FieldErrors } from '../../http/errors';
import { SPAM_ERROR_KEY, SPAM_FIELDS } from '../../http/spam-guard';

/**
 * The spam guard's fields inside a public form (kernel/http/spam-guard.ts): the signed stamp, the
 * honeypot, and the refusal's message when the guard refused the last submission. The honeypot sits
 * off-screen, hidden from screen readers and out of the tab order, so people never meet it.
 */
export function SpamFields({ stamp, errors }: { stamp: string; errors?: FieldErrors | undefined }) {
  const refusal = errors?.[SPAM_ERROR_KEY];
  return (
    <>
      <input type="hidden" name={SPAM_FIELDS.stamp} value={stamp} />
      <div class="spam-trap" aria-hidden="true">
        <label for={SPAM_FIELDS.trap}>Bitte lassen Sie dieses Feld leer</label>
        <input id={SPAM_FIELDS.trap} name={SPAM_FIELDS.trap} type="text" value="" tabIndex={-1} autocomplete="off" />
      </div>
      {refusal && (
        <p id={SPAM_ERROR_KEY} class="error-message" tabIndex={-1}>
          <span class="visually-hidden">Fehler: </span>
          {refusal}
        </p>
      )}
    </>
  );
}
