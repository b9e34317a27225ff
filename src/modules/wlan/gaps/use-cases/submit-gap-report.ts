import type { Actor } from '../../../../kernel/auth';
import { moduleSettings } from '../../../../kernel/config';
import type { Place } from '../../../../kernel/geo';
import { guardAgainstSpam, refuse, type FieldErrors, type Outcome, type RateLimitRule } from '../../../../kernel/http';
import { keepUpload, type UploadedFile } from '../../../../kernel/files';
import { sendMail } from '../../../../kernel/mail';
import type { ModuleDeps } from '../../../../kernel/module';
import { locateGap } from '../locate';
import { receiptMail } from '../mails';
import { formatGapReference } from '../presenters';
import { insertGapReport, nextGapNumber } from '../repository';
import type { GapReportInput } from '../schemas';
import { gapSettings } from '../settings';

/** The form's name in its spam stamp. */
export const GAP_FORM = 'wlan.gap-report';
/** Enough for a person who reports several places, too few for a flood. */
export const GAP_RATE_LIMIT: RateLimitRule = { limit: 5, windowSeconds: 3600 };
/** The photo's types: what every phone takes and every browser shows. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;

export interface GapSubmission {
  input: GapReportInput;
  /** The form as sent, for the spam guard's fields. */
  fields: Record<string, unknown>;
  photo: UploadedFile | undefined;
  ip: string;
  now?: Date;
}

export type GapOutcome = Outcome<{ reference: string }> & { choices?: Place[] };

/**
 * Stores a report of a place without WiFi, from anyone (no account). The place must be found in the
 * municipality's street list (several matches come back as choices); a photo must be a JPEG or PNG by
 * its content. The spam guard runs last, so a person correcting the form uses up no allowance. The
 * reference and the receipt (when an address was given) are written in one transaction.
 */
export async function submitGapReport(_actor: Actor, submission: GapSubmission, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<GapOutcome> {
  const { input, photo } = submission;
  const located = locateGap(deps.config.streets, input.ort, input.ortswahl);
  const errors: FieldErrors = {};
  if (located.kind === 'none') {
    errors.ort = `Wir finden diesen Ort nicht im Straßenverzeichnis von ${deps.config.municipality.name}. Geben Sie eine Straße an, zum Beispiel „Schillerplatz 7“, und prüfen Sie die Schreibweise.`;
  }
  if (located.kind === 'choices') errors.ortswahl = 'Mehrere Orte passen zu Ihrer Angabe. Wählen Sie aus, welchen Sie meinen.';
  if (photo && !PHOTO_TYPES.some((type) => type === photo.detectedType)) {
    errors.foto = 'Das Foto muss ein JPEG- oder PNG-Bild sein. Wählen Sie ein anderes Foto aus oder lassen Sie das Feld leer.';
  }
  if (Object.keys(errors).length > 0 || located.kind !== 'found') {
    return { ...refuse(errors), ...(located.kind === 'choices' ? { choices: located.places } : {}) };
  }
  const spam = await guardAgainstSpam(
    deps.db,
    { fields: submission.fields, ip: submission.ip },
    { secret: deps.config.secret, rule: { form: GAP_FORM, rateLimit: GAP_RATE_LIMIT } },
  );
  if (!spam.ok) return refuse(spam.errors);

  const { place } = located;
  const now = submission.now ?? new Date();
  const { contactRetentionDays } = moduleSettings(deps, gapSettings);
  const reference = await deps.db.transaction(async (tx) => {
    const { year, number } = await nextGapNumber(tx, now);
    const report = await insertGapReport(tx, {
      reference: formatGapReference(year, number),
      longitude: place.position[0],
      latitude: place.position[1],
      place: place.label,
      description: input.beschreibung,
      photoKey: photo?.storageKey ?? null,
      photoContentType: photo?.detectedType ?? null,
      contactEmail: input.email ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (report.contactEmail) await sendMail(tx, receiptMail(deps.config, report.contactEmail, report.reference, contactRetentionDays));
    return report.reference;
  });
  if (photo) keepUpload(photo);
  return { ok: true, reference };
}
