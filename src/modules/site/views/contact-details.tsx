import type { Municipality } from '../../../kernel/config';

/** `tel:` links dial without spaces and dashes. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Postal address, phone and e-mail of the municipality, as one <address>. */
export function ContactDetails({ municipality, email = municipality.contact.email }: { municipality: Municipality; email?: string }) {
  const { address, contact } = municipality;
  return (
    <address class="contact">
      {municipality.officialName}
      <br />
      {address.street}
      <br />
      {address.postalCode} {address.city}
      <br />
      Telefon: <a href={telHref(contact.phone)}>{contact.phone}</a>
      <br />
      E-Mail: <a href={`mailto:${email}`}>{email}</a>
    </address>
  );
}
