import type { ComponentChildren } from 'preact';
import { usePageContext } from '../context';

/** Hidden CSRF field; every state-changing form carries one. */
export function CsrfField() {
  const { csrfToken } = usePageContext();
  return <input type="hidden" name="_csrf" value={csrfToken()} />;
}

interface FormProps {
  action: string;
  method?: 'post' | 'get';
  children: ComponentChildren;
  multipart?: boolean;
  class?: string;
  /** Accessible name for forms that are landmarks (e.g. search). */
  label?: string;
  /**
   * A POST without a token, for the rare route registered with `csrf: false` that acts for no account
   * and no session, so its page can be shared by every visitor (the page cache keeps no page with a
   * token); the route refuses cross-site requests instead (`refuseCrossSite`).
   */
  withoutCsrf?: boolean;
}

/** A form that works without JavaScript: POST forms get the CSRF token, `novalidate` leaves checks to the server's messages. */
export function Form({ action, method = 'post', children, multipart, class: className, label, withoutCsrf }: FormProps) {
  return (
    <form action={action} method={method} class={className} noValidate aria-label={label} {...(multipart ? { enctype: 'multipart/form-data' } : {})}>
      {method === 'post' && !withoutCsrf && <CsrfField />}
      {children}
    </form>
  );
}

interface ButtonProps {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  name?: string;
  value?: string;
  type?: 'submit' | 'button';
}

export function Button({ children, variant = 'primary', name, value, type = 'submit' }: ButtonProps) {
  return (
    <button type={type} class={`button button--${variant}`} name={name} value={value}>
      {children}
    </button>
  );
}

export function ButtonLink({ href, children, variant = 'primary' }: { href: string; children: ComponentChildren; variant?: 'primary' | 'secondary' }) {
  return (
    <a href={href} class={`button button--${variant}`} role="button" draggable={false}>
      {children}
    </a>
  );
}
