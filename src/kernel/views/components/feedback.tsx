import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../http/errors';

/**
 * "Es gibt ein Problem": listed at the top of a form that failed, each message linking to its field.
 * portal.js focuses it; without JavaScript it is the first thing in <main>.
 */
export function ErrorSummary({ errors, anchors = {} }: { errors: FieldErrors | undefined; anchors?: Record<string, string> }) {
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} data-module="error-summary">
      <h2 class="error-summary__title" id="error-summary-title">
        Es gibt ein Problem
      </h2>
      <ul class="error-summary__list">
        {entries.map(([field, message]) => (
          <li>
            <a href={`#${anchors[field] ?? field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function NotificationBanner({ kind = 'info', title, children }: { kind?: 'info' | 'success' | 'warning'; title: string; children?: ComponentChildren }) {
  const heading = { info: 'Hinweis', success: 'Erledigt', warning: 'Achtung' }[kind];
  return (
    <div class={`banner banner--${kind}`} role={kind === 'success' ? 'status' : 'region'} aria-labelledby="banner-title">
      <p class="banner__label" id="banner-title">
        {heading}
      </p>
      <div class="banner__content">
        <p class="banner__heading">{title}</p>
        {children}
      </div>
    </div>
  );
}

export type TagKind = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** Status in text, never colour alone. */
export function StatusTag({ kind = 'neutral', children }: { kind?: TagKind; children: ComponentChildren }) {
  return <strong class={`tag tag--${kind}`}>{children}</strong>;
}

export function StepProgress({ current, total }: { current: number; total: number }) {
  return (
    <p class="step-progress">
      Schritt {current} von {total}
    </p>
  );
}

/** The panel that opens a confirmation page: its heading and, where there is one, the reference number (Vorgangsnummer). */
export function ConfirmationPanel({ title, reference }: { title: string; reference?: string | undefined }) {
  return (
    <div class="panel panel--confirmation">
      <h1>{title}</h1>
      {reference && (
        <p>
          Ihre Vorgangsnummer:
          <br />
          <strong>{reference}</strong>
        </p>
      )}
    </div>
  );
}

export function InsetText({ children }: { children: ComponentChildren }) {
  return <div class="inset">{children}</div>;
}
