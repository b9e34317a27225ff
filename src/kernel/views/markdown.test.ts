import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToText, renderMarkdown } from './markdown';
import { scriptSafeJson } from './head-extras';

describe('Markdown from publishers', () => {
  it('renders emphasis, lists and links', () => {
    const html = renderMarkdown('Die **Daten** der [Stadt](https://www.iserlohn.de).\n\n- eins\n- zwei');
    assert.match(html, /<strong>Daten<\/strong>/);
    assert.match(html, /<a href="https:\/\/www\.iserlohn\.de">Stadt<\/a>/);
    assert.match(html, /<li>eins<\/li>/);
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /&lt;script&gt;/);
  });

  it('drops links with dangerous schemes and turns images into links', () => {
    assert.doesNotMatch(renderMarkdown('[klick](javascript:alert(1))'), /href="javascript/);
    assert.doesNotMatch(renderMarkdown('[klick](data:text/html;base64,PHNjcmlwdD4=)'), /href="data:/);
    const image = renderMarkdown('![Karte](https://tiles.example/1.png)');
    assert.doesNotMatch(image, /<img/);
    assert.match(image, /<a href="https:\/\/tiles\.example\/1\.png">Karte<\/a>/);
  });

  it('starts headings at level 3 below the page’s own', () => {
    assert.match(renderMarkdown('# Methode'), /<h3>Methode<\/h3>/);
  });

  it('gives the plain text for summaries', () => {
    assert.equal(markdownToText('**Haushalt** & [Plan](https://x.example) <b>'), 'Haushalt & Plan <b>');
  });
});

describe('JSON in a script element', () => {
  it('cannot close the element', () => {
    const json = scriptSafeJson({ name: '</script><script>alert(1)</script>' });
    assert.doesNotMatch(json, /<\/script/i);
    assert.deepEqual(JSON.parse(json), { name: '</script><script>alert(1)</script>' });
  });
});
