import type { FastifyInstance } from 'fastify';
import { moduleSettings } from '../../../kernel/config';
import { formatFileSize, readMultipartForm, rejectionMessage, type MultipartLimits } from '../../../kernel/files';
import { formStamp, parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { WLAN_CRUMBS } from '../crumbs';
import { PATHS } from '../paths';
import { REFERENCE_PATTERN } from './presenters';
import { GapReportSchema } from './schemas';
import { gapSettings } from './settings';
import { publicGapMap } from './use-cases/public-gap-map';
import { GAP_FORM, submitGapReport } from './use-cases/submit-gap-report';
import { GapMapPage } from './views/gap-map-page';
import { GapConfirmationPage } from './views/report-confirmation';
import { GapReportFormPage, type GapFormProps } from './views/report-form';

const TITLE = 'WLAN-Lücke melden';
/** A phone photo is a few megabytes; more is not needed to see a place. */
const PHOTO_MAX_BYTES = 8 * 1024 * 1024;

/** "WLAN-Lücke melden": the form (multipart, for the photo), its submission (POST-redirect-GET) and the confirmation. */
export function registerGapReportRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  const { config } = deps;
  const photoLimits: MultipartLimits = { maxFileBytes: Math.min(PHOTO_MAX_BYTES, config.uploads.maxBytes), maxFiles: 1 };
  const fixed = {
    town: config.municipality.name,
    photoHint: `JPEG oder PNG, höchstens ${formatFileSize(photoLimits.maxFileBytes)}. Achten Sie darauf, dass keine Personen oder Autokennzeichen zu erkennen sind.`,
    retentionDays: moduleSettings(deps, gapSettings).contactRetentionDays,
  };
  const page = (props: Omit<GapFormProps, keyof typeof fixed | 'stamp'>, errors?: FieldErrors) => ({
    title: TITLE,
    breadcrumbs: WLAN_CRUMBS,
    hasErrors: Boolean(errors),
    body: <GapReportFormPage {...fixed} {...props} errors={errors} stamp={formStamp(config.secret, GAP_FORM)} />,
  });

  app.get(PATHS.reportGap, (_request, reply) => reply.page(page({})));

  app.post(PATHS.reportGap, { config: { uploadLimits: photoLimits } }, async (request, reply) => {
    const form = await readMultipartForm(request, photoLimits);
    const values = Object.fromEntries(Object.entries(form.fields).map(([key, value]) => [key, Array.isArray(value) ? (value[0] ?? '') : value]));
    const photo = form.files.find((file) => file.fieldName === 'foto');
    const rejected = form.rejected.find((file) => file.fieldName === 'foto');
    const parsed = parseForm(GapReportSchema, values);
    const again = (errors: FieldErrors, choices?: GapFormProps['choices']) =>
      reply.page(page({ values, choices, photoDropped: Boolean(photo ?? rejected) && !errors.foto }, errors));
    if (!parsed.ok || rejected) {
      return again({ ...(parsed.ok ? {} : parsed.errors), ...(rejected ? { foto: rejectionMessage(rejected, photoLimits) } : {}) });
    }
    const outcome = await submitGapReport(request.user, { input: parsed.data, fields: values, photo, ip: request.ip }, deps);
    if (!outcome.ok) return again(outcome.errors, outcome.choices);
    return reply.redirect(`${PATHS.reportGapConfirmation}?nummer=${encodeURIComponent(outcome.reference)}`, 303);
  });

  app.get(PATHS.reportGapConfirmation, (request, reply) => {
    const nummer = (request.query as Record<string, unknown>).nummer;
    const reference = typeof nummer === 'string' && REFERENCE_PATTERN.test(nummer) ? nummer : undefined;
    return reply.page({ title: 'Ihre Meldung ist eingegangen', breadcrumbs: WLAN_CRUMBS, body: <GapConfirmationPage reference={reference} /> });
  });
}

/** The public heat map; anonymous visitors get it from the page cache until a report changes. */
export function registerGapMapRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get(PATHS.gapMap, { config: { pageCache: { tables: ['wlan_gap_reports'] } } }, async (_request, reply) =>
    reply.page({ title: 'Karte der WLAN-Lücken', breadcrumbs: WLAN_CRUMBS, body: <GapMapPage map={await publicGapMap(deps)} /> }),
  );
}
