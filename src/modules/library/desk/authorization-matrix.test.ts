/**
 * Who may use the lending desk: every page and action of /verwaltung/buecherei for every kind of
 * actor. Only staff with `library.lend` and admins get in; visitors are asked to log in, everyone else gets
 * the same 404 as for a page that does not exist, and a refused action changes nothing. The table is the specification.
 */
import { after, before, describe } from 'node:test';
import { count } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { runAuthorizationMatrix, type MatrixClient, type MatrixRow } from '../../../../tests/support/authorization-matrix';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { addDays, today } from '../lending/rules';
import { LENDING_PATHS } from '../paths';
import { LEND_PERMISSION } from '../policies';
import { insertFee, insertItem, insertLoan, insertReader, insertRecord } from '../test-support';

type ActorName = 'anonymous' | 'citizen' | 'staffWithout' | 'staffOtherPermission' | 'librarian' | 'admin';

interface Fixture {
  readerId: string;
  lentBarcode: string;
  shelfBarcode: string;
  feeId: string;
}

/** Visitors are asked to log in (401); logged-in people without the permission do not see the section (404). */
const PAGE = { librarian: 200, admin: 200, anonymous: 401, otherwise: 404 };
const ACTION = { librarian: 303, admin: 303, anonymous: 401, otherwise: 404 };

const MATRIX: MatrixRow<ActorName, Fixture>[] = [
  { what: 'desk', method: 'GET', url: () => LENDING_PATHS.desk, expect: PAGE },
  { what: 'reader lookup', method: 'GET', url: () => `${LENDING_PATHS.desk}?suche=0000000000`, expect: { ...PAGE, librarian: 400, admin: 400 } },
  { what: 'reader page', method: 'GET', url: (fx) => LENDING_PATHS.reader(fx.readerId), expect: PAGE },
  { what: 'new card form', method: 'GET', url: () => LENDING_PATHS.newReader, expect: PAGE },
  {
    what: 'new card',
    method: 'POST',
    url: () => LENDING_PATHS.newReader,
    form: () => ({ name: 'Neu', email: '', expiresOn: addDays(today(), 30) }),
    expect: ACTION,
  },
  { what: 'lend', method: 'POST', url: (fx) => LENDING_PATHS.deskLend(fx.readerId), form: (fx) => ({ barcode: fx.shelfBarcode }), expect: ACTION },
  { what: 'return', method: 'POST', url: () => LENDING_PATHS.deskReturn, form: (fx) => ({ barcode: fx.lentBarcode }), expect: ACTION },
  { what: 'renew', method: 'POST', url: (fx) => LENDING_PATHS.deskRenew(fx.readerId), form: (fx) => ({ barcode: fx.lentBarcode }), expect: ACTION },
  {
    what: 'charge',
    method: 'POST',
    url: (fx) => LENDING_PATHS.deskCharge(fx.readerId),
    form: () => ({ reason: 'other', amount: '1,00', description: '' }),
    expect: ACTION,
  },
  { what: 'settle', method: 'POST', url: (fx) => LENDING_PATHS.deskSettle(fx.readerId), form: (fx) => ({ fee: fx.feeId }), expect: ACTION },
  {
    what: 'card validity',
    method: 'POST',
    url: (fx) => LENDING_PATHS.deskExtend(fx.readerId),
    form: () => ({ expiresOn: addDays(today(), 400) }),
    expect: ACTION,
  },
  { what: 'PIN letter', method: 'POST', url: (fx) => LENDING_PATHS.deskPinLetter(fx.readerId), form: () => ({}), expect: PAGE },
];

const ACTORS: ActorName[] = ['anonymous', 'citizen', 'staffWithout', 'staffOtherPermission', 'librarian', 'admin'];

describe('authorization matrix of the lending desk', () => {
  let t: TestApp;
  const clients = new Map<ActorName, MatrixClient>();

  before(async () => {
    t = await createTestApp();
    clients.set('anonymous', t.client());
    clients.set('citizen', await citizen(t));
    clients.set('staffWithout', await staffMember(t, [], { permissions: [] }));
    clients.set('staffOtherPermission', await staffMember(t, [], { permissions: ['site.accessibility_reports'] }));
    clients.set('librarian', await staffMember(t, [], { permissions: [LEND_PERMISSION] }));
    clients.set('admin', await staffMember(t, [], { role: 'admin', permissions: [] }));
  });
  after(() => t.close());

  async function fixture(): Promise<Fixture> {
    const reader = await insertReader(t);
    const record = await insertRecord(t);
    const lent = await insertItem(t, record.id);
    const shelf = await insertItem(t, record.id);
    await insertLoan(t, reader.id, lent.id, 1);
    const fee = await insertFee(t, reader.id, 100);
    return { readerId: reader.id, lentBarcode: lent.barcode, shelfBarcode: shelf.barcode, feeId: fee.id };
  }

  const audited = async () => (await t.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;

  runAuthorizationMatrix({
    rows: MATRIX,
    actors: ACTORS,
    clients,
    fixture,
    snapshot: audited,
    allowed: (before) => before + 1, // an allowed action writes one audit entry
  });
});
