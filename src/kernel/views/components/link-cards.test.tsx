import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { links, parseHtml, textOf } from '../../../../tests/support/html';
import { LinkCards, type LinkCard } from './link-cards';

const render = (cards: LinkCard[], titleLevel: 2 | 3) => parseHtml(renderToString(<LinkCards cards={cards} titleLevel={titleLevel} />));

describe('LinkCards', () => {
  it('draws one card per entry with its title as the link, at the level asked for, and leaves out a missing sentence', () => {
    const cards = [
      { href: '/daten', label: 'Offene Daten', description: 'Datensätze & <b>Karten</b>' },
      { href: '/rat', label: 'Politik' },
    ];
    for (const level of [2, 3] as const) {
      const list = render(cards, level).querySelector('ul.card-list')!;
      const titles = list.querySelectorAll('li.card > .card__title');
      assert.deepEqual(
        titles.map((title) => title.tagName),
        [`H${level}`, `H${level}`],
      );
      assert.deepEqual(
        links(list, '.card__title a').map(({ href, text }) => [href, text]),
        [
          ['/daten', 'Offene Daten'],
          ['/rat', 'Politik'],
        ],
      );
      assert.deepEqual(
        list.querySelectorAll('li.card').map((card) => card.querySelectorAll('p').map((p) => textOf(p))),
        [['Datensätze & <b>Karten</b>'], []],
      );
    }
  });

  it('gives the link a line of its own with its own words when asked, the title then plain', () => {
    const card = render([{ href: '/konto/antraege', label: 'Anträge', description: '2 Entwürfe', linkLabel: 'Alle Anträge ansehen' }], 3).querySelector(
      'li.card',
    )!;
    assert.equal(card.querySelector('.card__title a'), null);
    assert.equal(textOf(card.querySelector('h3.card__title')!), 'Anträge');
    assert.deepEqual(
      card.querySelectorAll('p').map((p) => textOf(p)),
      ['2 Entwürfe', 'Alle Anträge ansehen'],
    );
    assert.deepEqual(links(card), [{ href: '/konto/antraege', text: 'Alle Anträge ansehen', current: false }]);
  });

  it('lists the links below a card after its sentence, and no empty list', () => {
    const below = [
      { href: '/daten', label: 'Offene Daten' },
      { href: '/rat', label: 'Politik' },
    ];
    const page = render(
      [
        { href: '/transparenz', label: 'Transparenz', description: 'Was die Stadt zeigt.', below },
        { href: '/wlan', label: 'WLAN', description: 'Freies WLAN.', below: [] },
      ],
      3,
    );
    const [hub, other] = page.querySelectorAll('li.card');
    assert.deepEqual(
      links(hub!.querySelector('ul')!).map(({ href, text }) => [href, text]),
      [
        ['/daten', 'Offene Daten'],
        ['/rat', 'Politik'],
      ],
    );
    assert.equal(other!.querySelector('ul'), null);
  });
});
