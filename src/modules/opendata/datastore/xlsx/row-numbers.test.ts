import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../../tests/support/test-app';
import { changeFieldTypes, enqueueDatastoreLoad } from '../job';
import { createResource, modulesWithDatastore, resetDatastore, statusOf } from '../test-support';
import { SheetLines } from './places';
import { testWorkbook } from './test-workbook';

const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const number = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;

/**
 * A sheet of 8,000 rows (beyond the head JS reads, so on PostgreSQL COPY reads the later ones) whose CSV
 * lines drift from its rows: rows ending in 5 are formatted but empty, rows ending in 6 are missing. The
 * names are numbers but for row 7's, a text with a line break. Row `bad` has no name (a gap before the
 * value) and text where the amount is.
 */
function sheet(bad: number): Buffer {
  const rows = [`<row r="1">${text('A1', 'Nr')}${text('B1', 'Name')}${text('C1', 'Betrag')}</row>`];
  for (let r = 2; r <= 8000; r += 1) {
    if (r % 10 === 5) rows.push(`<row r="${r}"><c r="C${r}" s="0"/></row>`);
    if (r % 10 === 5 || r % 10 === 6) continue;
    const name = r === bad ? '' : r === 7 ? text('B7', 'Zeile eins\nZeile zwei') : number(`B${r}`, r);
    rows.push(`<row r="${r}">${number(`A${r}`, r)}${name}${r === bad ? text(`C${r}`, 'zwölf') : number(`C${r}`, r + 0.5)}</row>`);
  }
  return testWorkbook({ sheets: { 'sheet1.xml': rows.join('') } });
}

describe('DataStore: an XLSX file’s messages name the sheet’s rows and columns', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ modules: modulesWithDatastore({ chunkRows: 500 }) })));
  beforeEach(() => resetDatastore(t));
  after(() => t.close());

  async function load(file: Buffer, id?: string) {
    id ??= await createResource(t, { file, format: 'XLSX' });
    await enqueueDatastoreLoad(t.db, id);
    assert.equal(await t.worker.runOnce(), 1);
    return { id, status: await statusOf(t, id) };
  }

  it('after the rows the types are guessed from (read by COPY on PostgreSQL), after empty rows and a cell with a line break', async () => {
    const { status } = await load(sheet(7014));
    assert.deepEqual([status?.status, status?.error], ['failed', 'Zeile 7.014, Spalte C (Betrag): „zwölf“ ist keine Zahl.']);
  });

  it('in the rows the types are guessed from (read by JS on both databases), for a type the publisher chose', async () => {
    const { id, status } = await load(sheet(0));
    assert.equal(status?.status, 'active', status?.error ?? '');
    assert.equal(status?.fields.find((field) => field.id === 'Name')?.type, 'text', 'row 7’s text makes the column text');
    assert.equal((await changeFieldTypes(id, { Name: 'int' }, t.deps)).ok, true);
    assert.equal(await t.worker.runOnce(), 1);
    const failed = await statusOf(t, id);
    assert.equal(failed?.error, 'Zeile 7, Spalte B (Name): „Zeile eins\nZeile zwei“ ist keine ganze Zahl.');
  });
});

describe('SheetLines: the sheet row of each line of the converted CSV', () => {
  it('steps with the rows, jumps over left-out rows and holds a row over the lines of its line breaks', () => {
    const lines = new SheetLines();
    // Header in row 3; rows 4, 5; row 8 spans three lines; rows 9, 10; row 12.
    for (const [row, breaks] of [
      [3, 0],
      [4, 0],
      [5, 0],
      [8, 2],
      [9, 0],
      [10, 0],
      [12, 0],
    ] as const) {
      lines.add(row, breaks);
    }
    assert.deepEqual(
      Array.from({ length: 9 }, (_, index) => lines.rowOf(index + 1)),
      [3, 4, 5, 8, 8, 8, 9, 10, 12],
    );
  });
});
