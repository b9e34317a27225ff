import { Button, Form, formatDateTime } from '../../../../kernel/views';
import { SIGNATURE_HEADER } from '../../api/webhooks';
import type { WebhookListRow } from '../../api/webhook-repository';
import { PATHS } from '../../paths';

const VERIFY_EXAMPLE = `// Node.js: body ist der unveränderte Text der Anfrage
const [t, v1] = header.split(',').map((part) => part.split('=')[1]);
const expected = crypto.createHmac('sha256', geheimnis).update(\`\${t}.\${body}\`).digest('hex');
const fresh = Math.abs(Date.now() / 1000 - Number(t)) < 300;
const valid = fresh && crypto.timingSafeEqual(Buffer.from(v1, 'hex'), Buffer.from(expected, 'hex'));`;

/** After creating: the secret, once (it is not shown again anywhere), and how the receiver checks it. */
export function WebhookCreatedPage({ url, departmentName, secret }: { url: string; departmentName: string; secret: string }) {
  return (
    <>
      <div class="panel panel--confirmation">
        <h1>Webhook angelegt</h1>
        <p>
          {departmentName}: {url}
        </p>
      </div>
      <h2>Geheimnis für die Signaturprüfung</h2>
      <p>
        <strong>Dieses Geheimnis wird nur jetzt angezeigt.</strong> Hinterlegen Sie es im Fachverfahren, bevor Sie diese Seite verlassen. Geht es verloren,
        schalten Sie den Webhook ab und legen Sie einen neuen an.
      </p>
      <p class="pre" id="webhook-secret">
        {secret}
      </p>
      <h2>So prüft der Empfänger die Signatur</h2>
      <ol>
        <li>
          Der Header <code>{SIGNATURE_HEADER}</code> hat die Form <code>t=&lt;Unix-Zeit&gt;,v1=&lt;Signatur&gt;</code>.
        </li>
        <li>
          Berechnen Sie HMAC-SHA256 mit dem Geheimnis über <code>&lt;t&gt;.&lt;Inhalt der Anfrage&gt;</code> (der unveränderte Text, hexadezimal).
        </li>
        <li>Vergleichen Sie das Ergebnis in konstanter Zeit mit v1 und weisen Sie Anfragen zurück, deren Zeit t mehr als 5 Minuten abweicht.</li>
      </ol>
      <pre class="pre">{VERIFY_EXAMPLE}</pre>
      <p>
        <a href={PATHS.staffWebhooks}>Zur Liste der Webhooks</a>
      </p>
    </>
  );
}

/** Switching off cannot be undone (a new webhook gets a new secret), so it is confirmed on its own page. */
export function ConfirmDisableWebhookPage({ webhook }: { webhook: WebhookListRow }) {
  return (
    <>
      <h1>Webhook abschalten?</h1>
      <p class="lead">
        {webhook.departmentName ?? webhook.departmentId}: {webhook.url}
      </p>
      <p>Angelegt am {formatDateTime(webhook.createdAt)}.</p>
      <p>
        Das Portal meldet neue Anträge dann nicht mehr an diese Adresse; noch ausstehende Zustellungen entfallen. Das lässt sich nicht rückgängig machen: Für
        dieselbe Adresse legen Sie später einen neuen Webhook mit neuem Geheimnis an.
      </p>
      <Form action={PATHS.staffWebhookDisable(webhook.id)}>
        <p class="button-group">
          <Button variant="danger">Webhook abschalten</Button>
          <a href={PATHS.staffWebhooks}>Abbrechen</a>
        </p>
      </Form>
    </>
  );
}
