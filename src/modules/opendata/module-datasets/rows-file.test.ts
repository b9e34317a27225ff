import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rowsAsCsv } from './rows-file';

describe('module datasets: the rows as a CSV file', () => {
  it('defuses text that starts like a formula (a citizen’s idea), and leaves a negative number a number', () => {
    assert.equal(
      rowsAsCsv([{ titel: '=HYPERLINK("http://evil.example")', saldo: -3, status: null }]),
      `titel,saldo,status\r\n"'=HYPERLINK(""http://evil.example"")",-3,\r\n`,
    );
  });
});
