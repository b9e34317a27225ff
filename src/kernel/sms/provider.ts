import type { SmsConfig } from '../config/load';

export interface SmsMessage {
  /** E.164. */
  to: string;
  text: string;
}

/** A service that delivers SMS. `send` resolves when the provider accepted the message and throws when it did not. */
export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage): Promise<{ providerMessageId: string | null }>;
}

const TIMEOUT_MS = 10_000;

/**
 * The generic shape most SMS gateways offer: `POST <url>` with a JSON body `{ "to", "text" }` and
 * `Authorization: Bearer <token>`; any 2xx answer means accepted (an `id` or `messageId` in a JSON
 * answer is kept). A provider with another body shape gets a provider of its own behind the same
 * interface. Never called inside a transaction (the job calls it after the commit).
 */
export function httpSmsProvider(settings: { url: string; token: string }): SmsProvider {
  return {
    name: 'http',
    async send(message) {
      const response = await fetch(settings.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${settings.token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ to: message.to, text: message.text }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const body = await response.text();
      if (!response.ok) throw new Error(`SMS provider answered ${response.status}: ${body.slice(0, 200)}`);
      return { providerMessageId: messageIdOf(body) };
    },
  };
}

function messageIdOf(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object') {
      const { id, messageId } = parsed as { id?: unknown; messageId?: unknown };
      const found = messageId ?? id;
      if (typeof found === 'string' || typeof found === 'number') return String(found).slice(0, 200);
    }
  } catch {
    // Not JSON: accepted without an id.
  }
  return null;
}

/** The configured provider; null for the local outbox (nothing leaves the machine). */
export function smsProviderOf(config: SmsConfig): SmsProvider | null {
  return config.provider.kind === 'http' ? httpSmsProvider(config.provider) : null;
}
