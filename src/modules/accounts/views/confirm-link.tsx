import type { PageOptions } from '../../../kernel/views';
import { Button, Form } from '../../../kernel/views';
import { HOME_CRUMB } from './page';

export type ConfirmKind = 'confirm-email' | 'change-email';

const LEADS: Record<ConfirmKind, string> = {
  'confirm-email': 'Bestätigen Sie mit der Schaltfläche, dass diese E-Mail-Adresse Ihnen gehört. Danach ist Ihr Bürgerkonto aktiv und Sie sind angemeldet.',
  'change-email':
    'Bestätigen Sie mit der Schaltfläche, dass Sie diese E-Mail-Adresse für Ihr Bürgerkonto verwenden möchten. Erst danach ändert sich Ihre Adresse.',
};

/**
 * The page behind a confirmation link. Opening the link changes nothing: mail scanners (Outlook
 * Safe Links, virus scanners) open every link of a mail, so only the person's click on the button
 * (a POST to the same address) uses the token.
 */
export function confirmLinkPage(kind: ConfirmKind, action: string): PageOptions {
  return {
    title: 'E-Mail-Adresse bestätigen',
    breadcrumbs: [HOME_CRUMB],
    body: (
      <>
        <h1>E-Mail-Adresse bestätigen</h1>
        <p class="lead">{LEADS[kind]}</p>
        <Form action={action}>
          <Button>E-Mail-Adresse bestätigen</Button>
        </Form>
        <p>Falls Sie das nicht angefordert haben, schließen Sie diese Seite einfach. Es ändert sich nichts.</p>
      </>
    ),
  };
}
