import type { MultipartForm } from '../../../../kernel/files';
import type { FieldErrors } from '../../../../kernel/http';
import { computeFee, fileFieldsOf, readPage, unknownFields, type Answers, type PageDef, type RawValues } from '../../../forms';
import { findServiceForApplication } from '../../../services';
import { PATHS } from '../../paths';
import type { ModuleDeps } from '../../../../kernel/module';
import type { Applicant } from '../context';
import { nextPath, pageIndex, skippedPage } from '../journey';
import { saveDraftAnswers } from '../repository';
import { renewGuestLink } from './guest-link';
import { openApplication, type OpenApplication } from './open-application';
import { applyPageFiles } from './page-files';
import { refuseTampering } from './refuse-tampering';

/** The one control name without `_` (the brief's name for it); the engine ignores `_…` names itself. */
const FORM_VERSION_FIELD = 'formVersion';

export interface PagePosition {
  current: number;
  total: number;
  previous: PageDef | undefined;
}

export type OpenedPage = { open: OpenApplication; page: PageDef; position: PagePosition } | { open: OpenApplication; page: undefined };

/**
 * The checks every request for a page makes before anything is shown or saved: the page belongs
 * to the journey as answered so far, and no earlier page was skipped. Submitted applications have
 * no pages any more (`page` undefined).
 */
export async function openPage(who: Applicant, { id, pageId }: { id: string; pageId: string }, deps: Pick<ModuleDeps, 'db'>): Promise<OpenedPage> {
  const open = await openApplication(who, { id }, deps);
  const { application, form } = open;
  if (application.status !== 'draft') return { open, page: undefined };
  const { pages, index } = pageIndex(form.definition, application.answers, pageId);
  if (index < 0) {
    return refuseTampering(
      who,
      { applicationId: id, problem: 'page_not_visible', detail: { pageId: pageId.slice(0, 64) }, continueHref: PATHS.page(id, pages[0]!.id) },
      deps,
    );
  }
  const skipped = skippedPage(form.definition, application.answers, pages, index);
  if (skipped) {
    return refuseTampering(
      who,
      { applicationId: id, problem: 'step_skipped', detail: { pageId, skippedPageId: skipped.id }, continueHref: PATHS.page(id, skipped.id) },
      deps,
    );
  }
  return { open, page: pages[index]!, position: { current: index + 1, total: pages.length, previous: pages[index - 1] } };
}

export type PageOutcome =
  /** Saved: continue at `next`; `later` = "Speichern und später fortsetzen" (guests got a new link valid until `linkExpiresAt`). */
  | { kind: 'saved'; next: string; later: boolean; linkExpiresAt: Date | undefined }
  /** Show the page again: with errors, or after a repeat item or a file was added or removed. */
  | { kind: 'show'; opened: Extract<OpenedPage, { page: PageDef }>; errors: FieldErrors; values: RawValues; answers: Answers }
  /** Already submitted: nothing to edit any more. */
  | { kind: 'submitted' };

/**
 * One page of answers posted: refused when the form version is not the application's or a field
 * is posted that the page does not have; files are stored or removed; valid answers are committed
 * before the person moves on, invalid ones come back with messages.
 */
export async function savePage(
  who: Applicant,
  { id, pageId, form }: { id: string; pageId: string; form: MultipartForm },
  deps: Pick<ModuleDeps, 'db' | 'config' | 'files'>,
): Promise<PageOutcome> {
  const opened = await openPage(who, { id, pageId }, deps);
  if (!opened.page) return { kind: 'submitted' };
  const { application, form: version } = opened.open;
  const definition = version.definition;
  if (form.fields[FORM_VERSION_FIELD] !== application.formVersionId) {
    return refuseTampering(who, { applicationId: id, problem: 'form_version_changed', continueHref: PATHS.page(id, pageId) }, deps);
  }
  const fields = Object.fromEntries(Object.entries(form.fields).filter(([name]) => name !== FORM_VERSION_FIELD));
  const fileFields = fileFieldsOf(definition, opened.page);
  const strayFiles = [...form.files, ...form.rejected].map((file) => file.fieldName).filter((name) => !fileFields.some((field) => field.id === name));
  const invented = [...unknownFields(definition, opened.page, fields), ...strayFiles];
  if (invented.length > 0) {
    const names = [...new Set(invented)].slice(0, 10).map((name) => name.slice(0, 64));
    return refuseTampering(
      who,
      { applicationId: id, problem: 'unknown_fields', detail: { pageId, fields: names }, continueHref: PATHS.page(id, pageId) },
      deps,
    );
  }
  const files = fileFields.length > 0 ? await applyPageFiles(deps, id, fileFields, form, who.actor?.id ?? null) : undefined;
  const result = readPage(definition, pageId, fields, application.answers, files?.ids);
  const errors = { ...(result.ok ? {} : result.errors), ...files?.errors };
  if (!result.ok || files?.removed || Object.keys(errors).length > 0) {
    return { kind: 'show', opened, errors, values: result.values, answers: result.answers };
  }
  const later = form.fields._action === 'spaeter';
  const guestEmail = application.guestEmail;
  const feeCents = computeFee(definition, result.answers).totalCents;
  const saved = { kind: 'saved', later, next: nextPath(id, definition, application.answers, result.answers, pageId) } as const;
  if (!later || !guestEmail) {
    // One statement commits by itself: a transaction around it would add two round trips to every page saved.
    await saveDraftAnswers(deps.db, id, result.answers, feeCents);
    return { ...saved, linkExpiresAt: undefined };
  }
  const linkExpiresAt = await deps.db.transaction(async (tx) => {
    await saveDraftAnswers(tx, id, result.answers, feeCents);
    const service = await findServiceForApplication(tx, application.serviceSlug);
    return renewGuestLink(tx, deps.config, { id, guestEmail }, service?.name ?? definition.title);
  });
  return { ...saved, linkExpiresAt };
}
