import { z } from 'zod';
import { email } from '../../../../kernel/http';

/** Link an existing portal account (by its e-mail address) to a Person of the body. */
export const linkMemberSchema = z.object({
  email: email('die E-Mail-Adresse des Kontos'),
  personId: z.uuid({ error: 'Wählen Sie die Person aus, die zu dem Konto gehört.' }),
});
