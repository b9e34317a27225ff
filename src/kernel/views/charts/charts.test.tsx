import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { parseHtml, tableRows, textOf, type HTMLElement } from '../../../../tests/support/html';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../config';
import { contrastRatio } from '../../config/contrast';
import { BarChart, MAX_BAR_CATEGORIES } from './bar-chart';
import { ChartWithTable } from './chart-with-table';
import { LineChart } from './line-chart';
import { chartSummary } from './model';
import { niceAxis } from './scale';

const render = (node: VNode): HTMLElement => parseHtml(renderToString(node));
const num = (element: HTMLElement, name: string) => Number(element.getAttribute(name));
const texts = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((element) => textOf(element));

describe('niceAxis', () => {
  const cases: [number, number, number[]][] = [
    [0, 97, [0, 20, 40, 60, 80, 100]],
    [0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [-12.5, 40, [-20, 0, 20, 40]],
    [0, 0.07, [0, 0.02, 0.04, 0.06, 0.08]],
    [0, 1_234_567, [0, 250_000, 500_000, 750_000, 1_000_000, 1_250_000]],
    [1999, 2024, [1995, 2000, 2005, 2010, 2015, 2020, 2025]],
    [0, 0, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [3, 3, [1, 2, 3, 4, 5]],
  ];
  for (const [low, high, ticks] of cases) {
    it(`${low} to ${high} gives round ticks ${ticks.join(', ')}`, () => {
      const axis = niceAxis(low, high);
      assert.deepEqual(axis.ticks, ticks);
      assert.ok(axis.min <= Math.min(low, high) && axis.max >= Math.max(low, high), 'the axis covers the values');
    });
  }
});

describe('BarChart', () => {
  const districts = ['Letmathe', 'Hennen', 'Sümmern'];

  it('draws one vertical bar per value, ticks at round steps, names and values, labelled by title and summary', () => {
    const root = render(<BarChart id="c1" title="Einwohner" labels={districts} series={[{ name: 'Einwohner', values: [1234.5, 97, 3] }]} />);
    const svg = root.querySelector('svg')!;
    assert.equal(svg.getAttribute('role'), 'img');
    assert.equal(svg.getAttribute('aria-labelledby'), 'c1-title c1-summary');
    assert.equal(textOf(root.querySelector('#c1-title')!), 'Einwohner');
    assert.equal(textOf(root.querySelector('#c1-summary')!), 'Höchster Wert: 1.234,5 (Letmathe), niedrigster: 3 (Sümmern).');
    const bars = root.querySelectorAll('rect.chart__bar');
    assert.equal(bars.length, 3);
    assert.ok(
      bars.every((bar) => num(bar, 'width') === num(bars[0]!, 'width')),
      'vertical: bars are equally wide',
    );
    assert.ok(num(bars[0]!, 'height') > num(bars[1]!, 'height') && num(bars[1]!, 'height') > num(bars[2]!, 'height'));
    assert.deepEqual(texts(root, '.chart__tick'), ['0', '250', '500', '750', '1.000', '1.250']);
    assert.deepEqual(texts(root, '.chart__label'), districts);
    assert.deepEqual(texts(root, '.chart__value'), ['1.234,5', '97', '3']);
    assert.equal(root.querySelectorAll('.chart__legend').length, 0, 'one series needs no legend');
  });

  it('draws negative values below the zero line and keeps their value on the positive side', () => {
    const root = render(<BarChart id="c2" title="Saldo" labels={['A', 'B']} series={[{ name: 'Saldo', values: [40, -12.5] }]} />);
    const zero = root.querySelector('line.chart__zero')!;
    const [up, down] = root.querySelectorAll('rect.chart__bar');
    assert.equal(num(up!, 'y') + num(up!, 'height'), num(zero, 'y1'), 'the positive bar ends on the zero line');
    assert.equal(num(down!, 'y'), num(zero, 'y1'), 'the negative bar starts at the zero line and goes down');
    assert.deepEqual(texts(root, '.chart__tick'), ['-20', '0', '20', '40']);
    assert.match(textOf(root.querySelector('.chart__summary')!), /niedrigster: -12,5 \(B\)/);
  });

  it('turns horizontal for more than 12 categories or for long names, cutting names that are too long', () => {
    const many = Array.from({ length: 13 }, (_, index) => `K${index + 1}`);
    const root = render(<BarChart id="c3" title="Viele" labels={many} series={[{ name: 'Wert', values: many.map((_, index) => index) }]} />);
    const bars = root.querySelectorAll('rect.chart__bar');
    assert.equal(bars.length, 13, 'the zero value too has its (zero-length) bar');
    assert.ok(
      bars.every((bar) => num(bar, 'height') === num(bars[0]!, 'height')),
      'horizontal: bars are equally high',
    );
    const long = 'Bezirksvertretung Letmathe mit Oestrich, Genna und Stübbeken';
    const wide = render(<BarChart id="c4" title="Lang" labels={[long, 'Kurz']} series={[{ name: 'Wert', values: [5, 7] }]} />);
    const labels = texts(wide, '.chart__label');
    assert.equal(labels[0], 'Bezirksvertretung Letmathe …');
    assert.equal(wide.querySelectorAll('rect.chart__bar')[0]?.getAttribute('x'), wide.querySelectorAll('rect.chart__bar')[1]?.getAttribute('x'));
  });

  it('shows no drawing, only the title and a sentence, when there are no values; one value is one bar', () => {
    const empty = render(<BarChart id="c5" title="Leer" labels={['A']} series={[{ name: 'Wert', values: [null] }]} />);
    assert.equal(empty.querySelectorAll('svg').length, 0);
    assert.equal(textOf(empty.querySelector('.chart__summary')!), 'Für dieses Diagramm gibt es keine Werte.');
    const single = render(<BarChart id="c6" title="Eins" labels={['A']} series={[{ name: 'Wert', values: [5] }]} />);
    assert.equal(single.querySelectorAll('rect.chart__bar').length, 1);
    assert.equal(textOf(single.querySelector('.chart__summary')!), 'Einziger Wert: 5 (A).');
  });

  it('draws at most 100 categories and says that the table has them all', () => {
    const labels = Array.from({ length: 130 }, (_, index) => `K${index + 1}`);
    const root = render(<BarChart id="c9" title="Sehr viele" labels={labels} series={[{ name: 'Wert', values: labels.map((_, index) => index + 1) }]} />);
    assert.equal(root.querySelectorAll('rect.chart__bar').length, MAX_BAR_CATEGORIES);
    assert.match(
      textOf(root.querySelector('.chart__summary')!),
      /Höchster Wert: 130 \(K130\).* Das Diagramm zeigt die ersten 100 von 130 Werten, die Tabelle alle\.$/,
    );
  });

  it('escapes names in labels, titles and the summary', () => {
    const evil = '<script>alert(1)</script>&';
    const html = renderToString(<BarChart id="c7" title={evil} labels={[evil]} series={[{ name: evil, values: [1] }]} />);
    assert.ok(!html.includes('<script>'), 'no raw markup');
    assert.ok(textOf(parseHtml(html).querySelector('.chart__label')!).startsWith('<script>'), 'shown as text');
  });

  it('tells several series apart by pattern and a legend in words', () => {
    const root = render(
      <BarChart
        id="c8"
        title="Zwei Jahre"
        labels={districts}
        series={[
          { name: '2025', values: [1, 2, 3] },
          { name: '2026', values: [2, 3, 4] },
        ]}
      />,
    );
    const bars = root.querySelectorAll('svg.chart__svg rect.chart__bar');
    assert.equal(bars.length, 6);
    assert.deepEqual([...new Set(bars.map((bar) => bar.getAttribute('fill') ?? 'solid'))], ['solid', 'url(#c8-pattern-1)']);
    assert.ok(root.querySelector('pattern#c8-pattern-1'));
    assert.deepEqual(texts(root, '.chart__legend li'), ['2025', '2026']);
    assert.equal(texts(root, '.chart__value').length, 0, 'values are in the table, not at grouped bars');
    assert.match(textOf(root.querySelector('.chart__summary')!), /^2025: Höchster Wert: 3 \(Sümmern\), niedrigster: 1 \(Letmathe\)\. 2026: /);
  });
});

describe('LineChart', () => {
  it('draws a line per run of values, breaks it at missing values and marks every point', () => {
    const root = render(
      <LineChart id="l1" title="Verlauf" labels={['2022', '2023', '2024', '2025', '2026']} series={[{ name: 'Anträge', values: [10, 12, null, 15, 9] }]} />,
    );
    const lines = root.querySelectorAll('polyline.chart__line');
    assert.equal(lines.length, 2, 'the gap splits the line');
    assert.equal(lines[0]?.getAttribute('points')?.split(' ').length, 2);
    assert.equal(root.querySelectorAll('.chart__marker').length, 4);
    assert.equal(textOf(root.querySelector('.chart__summary')!), 'Höchster Wert: 15 (2025), niedrigster: 9 (2026).');
  });

  it('draws a single value as a point and names only as many categories as fit', () => {
    const single = render(<LineChart id="l2" title="Eins" labels={['2026']} series={[{ name: 'Wert', values: [7] }]} />);
    assert.equal(single.querySelectorAll('polyline').length, 0);
    assert.equal(single.querySelectorAll('.chart__marker').length, 1);
    const months = Array.from({ length: 120 }, (_, index) => `${String((index % 12) + 1).padStart(2, '0')}/${2017 + Math.floor(index / 12)}`);
    const many = render(<LineChart id="l3" title="Monate" labels={months} series={[{ name: 'Wert', values: months.map((_, index) => index) }]} />);
    const named = texts(many, '.chart__label');
    assert.ok(named.length > 3 && named.length < 20, `${named.length} names`);
    assert.equal(many.querySelectorAll('.chart__marker').length, 0, 'no markers for 120 points');
  });
});

describe('ChartWithTable', () => {
  it('puts every value into the table beside the chart, missing ones as a dash, with the unit in the header', () => {
    const root = render(
      <ChartWithTable
        kind="bar"
        id="t1"
        title="Kosten"
        labelHeader="Stadtteil"
        unit="€"
        labels={['Letmathe', 'Hennen']}
        series={[{ name: 'Kosten', values: [1234.56, null] }]}
      />,
    );
    assert.ok(root.querySelector('.chart-with-table > figure.chart svg'));
    assert.deepEqual(texts(root, 'th'), ['Stadtteil', 'Kosten (€)']);
    assert.deepEqual(tableRows(root), [
      ['Letmathe', '1.234,56'],
      ['Hennen', '–'],
    ]);
    assert.equal(textOf(root.querySelector('caption')!), 'Kosten – Werte');
    assert.equal(chartSummary({ labels: ['A', 'B'], series: [{ name: 'x', values: [2, 2] }], unit: '€' }), 'Alle Werte sind 2 €.');
  });
});

describe('chart colours', () => {
  it('give every series at least 3:1 against the white ground (WCAG 1.4.11); the first is the theme colour, checked at start-up', () => {
    const css = readFileSync(resolve(PROJECT_ROOT, 'public/portal.css'), 'utf8');
    const colour = (name: string) => new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(css)?.[1] ?? '';
    const series = [1, 2, 3].map((index) => new RegExp(`\\.chart__series-${index} \\{\\s*--series: var\\(--([a-z-]+)\\);`).exec(css)?.[1] ?? '');
    assert.deepEqual(series, ['color-text', 'color-success', 'color-warning']);
    assert.match(css, /\.chart__series-0 \{\s*--series: var\(--color-primary\);/);
    for (const name of series) assert.ok(contrastRatio(colour(name), '#ffffff') >= 3, `${name} ${colour(name)}`);
  });
});
