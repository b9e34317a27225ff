import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartableColumns, type TypedColumn } from './chartable-columns';

const col = (name: string, kind: TypedColumn['kind']): TypedColumn => ({ name, kind });

describe('chartableColumns', () => {
  it('takes the first text column as labels and the numeric quantities as series, leaving out ids and postcodes', () => {
    const columns = [col('id', 'integer'), col('Stadtteil', 'text'), col('PLZ', 'integer'), col('Einwohner', 'integer'), col('Fläche km²', 'number')];
    const rows = [
      ['1', 'Letmathe', '58642', '25000', '12.5'],
      ['2', 'Hennen', '58640', '6000', '8'],
    ];
    assert.deepEqual(chartableColumns(rows, columns), {
      kind: 'bar',
      labelColumn: 'Stadtteil',
      labels: ['Letmathe', 'Hennen'],
      series: [
        { name: 'Einwohner', values: [25000, 6000] },
        { name: 'Fläche km²', values: [12.5, 8] },
      ],
    });
  });

  it('prefers a date or year column as labels and suggests a line for three or more points in time', () => {
    const rows = [
      ['2022', 'a', '10'],
      ['2023', 'b', '12'],
      ['2024', 'c', ''],
    ];
    const chart = chartableColumns(rows, [col('Jahr', 'integer'), col('Notiz', 'text'), col('Anträge', 'integer')]);
    assert.equal(chart?.kind, 'line');
    assert.equal(chart?.labelColumn, 'Jahr');
    assert.deepEqual(chart?.series, [{ name: 'Anträge', values: [10, 12, null] }], 'an empty cell is a missing value');
    const dated = chartableColumns([['2026-01-01', '3']], [col('Stichtag', 'date'), col('Wert', 'number')]);
    assert.equal(dated?.kind, 'bar', 'one point in time is no line');
  });

  it('reads German numbers when the column writes decimal commas, and plain ones otherwise', () => {
    const columns = [col('Name', 'text'), col('Betrag', 'number'), col('Anteil', 'number')];
    const rows = [
      ['A', '1.234,50', '0.5'],
      ['B', '-12,5', '1e3'],
      ['C', '7', 'n/a'],
    ];
    assert.deepEqual(chartableColumns(rows, columns)?.series, [
      { name: 'Betrag', values: [1234.5, -12.5, 7] },
      { name: 'Anteil', values: [0.5, 1000, null] },
    ]);
  });

  it('gives nothing to chart without rows, without a label column or without a numeric value', () => {
    assert.equal(chartableColumns([], [col('Name', 'text'), col('Wert', 'number')]), undefined);
    assert.equal(chartableColumns([['1', '2']], [col('Wert', 'number'), col('Anzahl', 'integer')]), undefined);
    assert.equal(chartableColumns([['A', '']], [col('Name', 'text'), col('Wert', 'number')]), undefined);
    assert.equal(chartableColumns([['A', '51.3']], [col('Name', 'text'), col('lat', 'number')]), undefined, 'coordinates are no quantity');
  });

  it('bounds rows and series and names rows without a label', () => {
    const columns = [col('Name', 'text'), ...['a', 'b', 'c', 'd'].map((name) => col(name, 'integer'))];
    const rows = Array.from({ length: 250 }, (_, index) => [index === 0 ? '' : `R${index}`, '1', '2', '3', '4']);
    const chart = chartableColumns(rows, columns, { maxSeries: 2, maxRows: 50 });
    assert.equal(chart?.labels.length, 50);
    assert.equal(chart?.labels[0], 'Zeile 1');
    assert.deepEqual(
      chart?.series.map((s) => s.name),
      ['a', 'b'],
    );
    assert.equal(chartableColumns(rows, columns)?.series.length, 3, 'three series by default');
  });
});
