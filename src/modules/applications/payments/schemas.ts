import { z } from 'zod';
import { enumChoice } from '../../../kernel/http';

export const PROVIDER_MESSAGE = 'Wählen Sie aus, wie Sie bezahlen möchten.';

export const payFormSchema = (providerIds: readonly [string, ...string[]]) => z.object({ provider: enumChoice(providerIds, PROVIDER_MESSAGE) });

export const testDecisionSchema = z.object({ ergebnis: enumChoice(['bezahlt', 'abgebrochen'], 'Wählen Sie ein Ergebnis.') });
