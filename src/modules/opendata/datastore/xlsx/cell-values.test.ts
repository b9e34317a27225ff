import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnIndexOf, columnName, isoCellText, numberCellText, plainDecimal } from './cell-values';
import { kindOfFormatCode, kindOfNumberFormat } from './number-formats';

describe('XLSX cell values', () => {
  it('turns serial days into ISO dates, with the 1900 leap-year bug and the 1904 system', () => {
    assert.equal(numberCellText('1', 'date', false), '1900-01-01');
    assert.equal(numberCellText('59', 'date', false), '1900-02-28');
    assert.equal(numberCellText('61', 'date', false), '1900-03-01');
    assert.equal(numberCellText('45657', 'date', false), '2024-12-31');
    assert.equal(numberCellText('45657.75', 'date', false), '2024-12-31');
    assert.equal(numberCellText('0', 'date', true), '1904-01-01');
    assert.equal(numberCellText('44196', 'date', true), '2025-01-01');
  });

  it('writes timestamps and times to the second, rounding float noise', () => {
    assert.equal(numberCellText('45657.572916666664', 'timestamp', false), '2024-12-31 13:45:00');
    assert.equal(numberCellText('0.5104166666666666', 'time', false), '12:15:00');
  });

  it('writes numbers as plain decimals without an exponent', () => {
    assert.equal(plainDecimal('1234.5'), '1234.5');
    assert.equal(plainDecimal('1.5E-3'), '0.0015');
    assert.equal(plainDecimal('-2.5E+3'), '-2500');
    assert.equal(plainDecimal('1.2345678901234567E+19'), '12345678901234567000');
    assert.equal(plainDecimal('4.0000000000000001E-3'), '0.0040000000000000001');
    assert.equal(numberCellText('42', 'number', false), '42');
  });

  it('reads ISO cells and column references', () => {
    assert.equal(isoCellText('2024-12-31T00:00:00Z'), '2024-12-31');
    assert.equal(isoCellText('2024-12-31T13:45:10'), '2024-12-31 13:45:10');
    assert.equal(columnIndexOf('A1'), 0);
    assert.equal(columnIndexOf('AB12'), 27);
    assert.equal(columnIndexOf('XFD1048576'), 16383);
    assert.equal(columnIndexOf('12'), null);
    for (const [index, letters] of [
      [0, 'A'],
      [25, 'Z'],
      [26, 'AA'],
      [27, 'AB'],
      [701, 'ZZ'],
      [702, 'AAA'],
      [16383, 'XFD'],
    ] as const) {
      assert.equal(columnName(index), letters);
      assert.equal(columnIndexOf(`${letters}1`), index);
    }
  });

  it('tells date formats from number formats', () => {
    assert.equal(kindOfNumberFormat(14, new Map()), 'date');
    assert.equal(kindOfNumberFormat(22, new Map()), 'timestamp');
    assert.equal(kindOfNumberFormat(20, new Map()), 'time');
    assert.equal(kindOfNumberFormat(4, new Map()), 'number');
    assert.equal(kindOfNumberFormat(164, new Map([[164, 'DD.MM.YYYY']])), 'date');
    assert.equal(kindOfFormatCode('[$-407]d/m/yy\\ h:mm;@'), 'timestamp');
    assert.equal(kindOfFormatCode('#,##0.00 "days";[Red]-#,##0.00'), 'number');
    assert.equal(kindOfFormatCode('[h]:mm'), 'number');
    assert.equal(kindOfFormatCode('hh:mm'), 'time');
    assert.equal(kindOfFormatCode('General'), 'number');
  });
});
