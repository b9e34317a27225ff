import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors, parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB, formatMoney, type Crumb } from '../../../kernel/views';
import { barcodeSchema, chargeFeeSchema, extendCardSchema, feeIdSchema, newReaderSchema, readerSearchSchema } from '../lending-schemas';
import { addDays, today } from '../lending/rules';
import { LENDING_PATHS } from '../paths';
import { germanDay } from '../presenters';
import { lendAtDesk, renewAtDesk, returnAtDesk } from './use-cases/circulate-at-desk';
import { chargeFee, settleFee } from './use-cases/fees-at-desk';
import { createReader, extendCard, resetPin } from './use-cases/readers-at-desk';
import { findReaderAtDesk, openDesk, showReaderAtDesk } from './use-cases/show-reader-at-desk';
import type { LibraryReader } from '../tables/lending';
import { DeskHomePage } from './views/desk-home';
import { NewReaderPage } from './views/new-reader';
import { ReaderDeskPage } from './views/reader-desk';
import { isUuid } from '../../../kernel/http';

const DESK_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: LENDING_PATHS.desk, label: 'Ausleihtheke' }];

function readerId(request: FastifyRequest): string {
  const { id } = request.params as { id: string };
  if (!isUuid(id)) throw errors.notFound('Die Leserin oder der Leser');
  return id;
}

/** The lending desk, a workspace section for staff with `library.lend`: every use case checks it again. */
export function deskRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  async function readerPage(request: FastifyRequest, reply: FastifyReply, id: string, fieldErrors?: FieldErrors, values?: Record<string, string | undefined>) {
    const data = await showReaderAtDesk(request.user, { readerId: id }, deps);
    return reply.page({
      title: `${data.reader.name} – Ausleihtheke`,
      breadcrumbs: DESK_CRUMBS,
      workspace: true,
      hasErrors: fieldErrors !== undefined,
      body: <ReaderDeskPage data={data} today={today()} errors={fieldErrors} values={values} />,
    });
  }

  function homePage(reply: FastifyReply, fieldErrors?: FieldErrors, values?: Record<string, string>, matches?: LibraryReader[]) {
    return reply.page({
      title: 'Ausleihtheke',
      breadcrumbs: [WORKSPACE_CRUMB],
      workspace: true,
      hasErrors: fieldErrors !== undefined,
      body: <DeskHomePage errors={fieldErrors} values={values} matches={matches} />,
    });
  }

  app.get(LENDING_PATHS.desk, async (request, reply) => {
    const query = readerSearchSchema.safeParse(request.query ?? {});
    const search = query.success ? query.data.suche : undefined;
    if (!search) {
      openDesk(request.user);
      return homePage(reply, query.success ? undefined : { suche: 'Geben Sie höchstens 100 Zeichen ein.' });
    }
    const found = await findReaderAtDesk(request.user, { query: search }, deps);
    if (found.exact) return reply.redirect(LENDING_PATHS.reader(found.exact), 303);
    if (found.matches.length === 0) {
      return homePage(reply, { suche: 'Es gibt keinen Ausweis mit dieser Nummer oder diesem Namen. Prüfen Sie die Eingabe.' }, { suche: search });
    }
    return homePage(reply, undefined, { suche: search }, found.matches);
  });

  app.post(LENDING_PATHS.deskReturn, async (request, reply) => {
    const form = parseForm(barcodeSchema, request.body);
    if (!form.ok) {
      openDesk(request.user);
      return homePage(reply, form.errors, form.values);
    }
    const result = await returnAtDesk(request.user, { barcode: form.data.barcode, ip: request.ip }, deps);
    if (!result.ok) return homePage(reply, result.errors, { barcode: form.data.barcode });
    const overdue = result.overdueDays > 0 ? ` Es war ${result.overdueDays} Tage überfällig.` : '';
    const held = result.heldForNext ? ' Es ist vorgemerkt. Legen Sie es ins Abholregal, die Leserin oder der Leser ist per E-Mail benachrichtigt.' : '';
    reply.flash(`„${result.title}“ ist zurückgebucht.${overdue}${held}`);
    return reply.redirect(LENDING_PATHS.desk, 303);
  });

  app.get(LENDING_PATHS.newReader, async (request, reply) => {
    openDesk(request.user);
    return reply.page({
      title: 'Ausweis ausstellen',
      breadcrumbs: DESK_CRUMBS,
      workspace: true,
      body: <NewReaderPage values={{ expiresOn: addDays(today(), 365) }} />,
    });
  });

  app.post(LENDING_PATHS.newReader, async (request, reply) => {
    const form = parseForm(newReaderSchema, request.body);
    if (!form.ok) {
      openDesk(request.user);
      return reply.page({
        title: 'Ausweis ausstellen',
        breadcrumbs: DESK_CRUMBS,
        workspace: true,
        hasErrors: true,
        body: <NewReaderPage errors={form.errors} values={form.values} />,
      });
    }
    const { readerId: id } = await createReader(request.user, { ...form.data, ip: request.ip }, deps);
    reply.flash('Der Ausweis ist ausgestellt. Drucken Sie jetzt den PIN-Brief.');
    return reply.redirect(LENDING_PATHS.reader(id), 303);
  });

  app.get(LENDING_PATHS.reader(':id'), async (request, reply) => readerPage(request, reply, readerId(request)));

  app.post(LENDING_PATHS.deskLend(':id'), async (request, reply) => {
    const id = readerId(request);
    const form = parseForm(barcodeSchema, request.body);
    if (!form.ok) return readerPage(request, reply, id, form.errors, form.values);
    const result = await lendAtDesk(request.user, { readerId: id, barcode: form.data.barcode, ip: request.ip }, deps);
    if (!result.ok) return readerPage(request, reply, id, result.errors, { barcode: form.data.barcode });
    reply.flash(`„${result.title}“ ist ausgeliehen bis zum ${germanDay(result.dueOn)}.`);
    return reply.redirect(LENDING_PATHS.reader(id), 303);
  });

  app.post(LENDING_PATHS.deskRenew(':id'), async (request, reply) => {
    const id = readerId(request);
    const form = parseForm(barcodeSchema, request.body);
    if (!form.ok) throw errors.validation(form.errors);
    const result = await renewAtDesk(request.user, { readerId: id, barcode: form.data.barcode, ip: request.ip }, deps);
    if (!result.ok) return readerPage(request, reply, id, result.errors);
    reply.flash(`„${result.title}“ ist verlängert bis zum ${germanDay(result.dueOn)}.`);
    return reply.redirect(LENDING_PATHS.reader(id), 303);
  });

  app.post(LENDING_PATHS.deskCharge(':id'), async (request, reply) => {
    const id = readerId(request);
    const form = parseForm(chargeFeeSchema, request.body);
    if (!form.ok) return readerPage(request, reply, id, form.errors, form.values);
    await chargeFee(request.user, { ...form.data, readerId: id, ip: request.ip }, deps);
    reply.flash(`Die Gebühr von ${formatMoney(form.data.amount)} ist erhoben.`);
    return reply.redirect(`${LENDING_PATHS.reader(id)}#gebuehren`, 303);
  });

  app.post(LENDING_PATHS.deskSettle(':id'), async (request, reply) => {
    const id = readerId(request);
    const form = parseForm(feeIdSchema, request.body);
    if (!form.ok) return readerPage(request, reply, id, { gebuehren: 'Wählen Sie eine Gebühr.' });
    const result = await settleFee(request.user, { readerId: id, feeId: form.data.fee, ip: request.ip }, deps);
    if (!result.ok) return readerPage(request, reply, id, result.errors);
    reply.flash(`${formatMoney(result.amountCents)} sind als bezahlt gebucht.`);
    return reply.redirect(`${LENDING_PATHS.reader(id)}#gebuehren`, 303);
  });

  app.post(LENDING_PATHS.deskExtend(':id'), async (request, reply) => {
    const id = readerId(request);
    const form = parseForm(extendCardSchema, request.body);
    if (!form.ok) return readerPage(request, reply, id, form.errors, form.values);
    const result = await extendCard(request.user, { readerId: id, expiresOn: form.data.expiresOn, ip: request.ip }, deps);
    if (!result.ok) return readerPage(request, reply, id, result.errors, { expiresOn: form.data.expiresOn });
    reply.flash(`Der Ausweis gilt jetzt bis zum ${germanDay(form.data.expiresOn)}.`);
    return reply.redirect(LENDING_PATHS.reader(id), 303);
  });

  // The letter is the answer to the POST: the PIN exists in clear only in it, never in a later page.
  app.post(LENDING_PATHS.deskPinLetter(':id'), async (request, reply) => {
    const letter = await resetPin(request.user, { readerId: readerId(request), ip: request.ip }, deps);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${letter.filename}"`)
      .header('cache-control', 'no-store')
      .send(letter.bytes);
  });
}
