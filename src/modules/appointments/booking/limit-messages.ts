import type { LimitRefusal } from '../limits/person-limits';
import { germanDate } from './plan';

/** A limit of issue 14, point 3, in words that say what the person can do about it. */
export function limitMessage(refusal: LimitRefusal, services: ReadonlyArray<{ id: string; name: string }>): string {
  const cancelOne = 'Sagen Sie einen anderen Termin über den Link in seiner Bestätigungs-E-Mail ab, dann können Sie diesen buchen.';
  switch (refusal.reason) {
    case 'too_many_open':
      return `Sie haben schon ${refusal.limit === 1 ? 'einen offenen Termin' : `${refusal.limit} offene Termine`}. Mehr sind gleichzeitig nicht möglich. ${cancelOne}`;
    case 'too_many_for_service': {
      const name = services.find((service) => service.id === refusal.serviceId)?.name ?? 'diese Dienstleistung';
      return `Sie haben für „${name}“ schon ${refusal.limit === 1 ? 'einen offenen Termin' : `${refusal.limit} offene Termine`}. ${cancelOne}`;
    }
    case 'account_required':
      return `Sie haben mehrere Termine nicht wahrgenommen. Bis zum ${germanDate(refusal.until)} können Sie deshalb nur mit einem Bürgerkonto buchen, dessen E-Mail-Adresse bestätigt ist. Melden Sie sich an oder registrieren Sie sich.`;
  }
}
