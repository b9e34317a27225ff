import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { parseHtml } from '../../../../tests/support/html';
import { Table } from './lists';

describe('Table', () => {
  it('wraps the table in a region named by its caption that a keyboard can focus and scroll, also when empty', () => {
    const page = parseHtml(renderToString(<Table caption="Formulare" columns={[{ header: 'Name', cell: (row: string) => row }]} rows={[]} />));
    const wrapper = page.querySelector('div.table-wrapper')!;
    assert.equal(wrapper.getAttribute('role'), 'region');
    assert.equal(wrapper.getAttribute('aria-label'), 'Formulare');
    assert.equal(wrapper.getAttribute('tabindex'), '0');
    assert.equal(wrapper.querySelector('td')?.textContent, 'Keine Einträge.');
  });
});
