import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ATOM_CONTENT_TYPE, atomFeed, tagUri, xmlText, type AtomEntry, type AtomFeed } from './atom';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) });

interface Parsed {
  feed: Record<string, unknown> & { entry?: Record<string, unknown>[]; link: { '@rel': string; '@href': string; '@type': string }[] };
}

function parsed(xml: string): Parsed {
  assert.equal(XMLValidator.validate(xml), true, 'well-formed XML');
  return parser.parse(xml) as Parsed;
}

const entry = (changes: Partial<AtomEntry> = {}): AtomEntry => ({
  id: tagUri('iserlohn.de', '2026-12-01', 'opendata/datensatz/42'),
  title: 'Haushaltsplan 2027',
  updated: new Date('2026-12-05T10:30:00.123Z'),
  link: 'https://portal.example.de/opendata/haushaltsplan-2027',
  ...changes,
});

const feed = (changes: Partial<AtomFeed> = {}): AtomFeed => ({
  id: 'https://portal.example.de/opendata/neu.atom',
  title: 'Neue und geänderte Datensätze',
  updated: new Date('2026-12-05T10:30:00Z'),
  selfUrl: 'https://portal.example.de/opendata/neu.atom',
  alternateUrl: 'https://portal.example.de/opendata',
  authorName: 'Stadt Iserlohn',
  entries: [entry()],
  ...changes,
});

describe('Atom feed writer', () => {
  it('names the media type with its charset', () => {
    assert.equal(ATOM_CONTENT_TYPE, 'application/atom+xml; charset=utf-8');
  });

  it('writes the feed elements RFC 4287 §4.1.1 requires: one id, title, updated, author, links self and alternate', () => {
    const xml = atomFeed(feed({ subtitle: 'Offene Daten' }));
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>'));
    const { feed: root } = parsed(xml);
    assert.equal(root['@xmlns'], 'http://www.w3.org/2005/Atom');
    assert.equal(root.id, 'https://portal.example.de/opendata/neu.atom');
    assert.equal(root.title, 'Neue und geänderte Datensätze');
    assert.equal(root.subtitle, 'Offene Daten');
    assert.equal(root.updated, '2026-12-05T10:30:00Z');
    assert.deepEqual(root.author, { name: 'Stadt Iserlohn' });
    assert.deepEqual(
      root.link.map((l) => [l['@rel'], l['@type'], l['@href']]),
      [
        ['self', 'application/atom+xml', 'https://portal.example.de/opendata/neu.atom'],
        ['alternate', 'text/html', 'https://portal.example.de/opendata'],
      ],
    );
  });

  it('writes the entry elements RFC 4287 §4.1.2 requires and the optional ones given', () => {
    const full = entry({
      published: new Date('2026-12-01T08:00:00Z'),
      summary: 'Der Entwurf des Haushalts.',
      content: { type: 'html', value: '<p>Der <strong>Entwurf</strong></p>' },
      authorName: 'Kämmerei',
      categories: [{ term: 'finanzen', label: 'Finanzen' }, { term: 'haushalt' }],
    });
    const xml = atomFeed(feed({ entries: [full] }));
    assert.ok(xml.includes('<content type="html">&lt;p&gt;Der &lt;strong&gt;'), 'HTML content escaped once');
    const [written] = parsed(xml).feed.entry ?? [];
    assert.ok(written);
    assert.equal(written.id, 'tag:iserlohn.de,2026-12-01:opendata/datensatz/42');
    assert.equal(written.title, 'Haushaltsplan 2027');
    assert.equal(written.updated, '2026-12-05T10:30:00Z', 'RFC 3339 without fractions');
    assert.equal(written.published, '2026-12-01T08:00:00Z');
    assert.deepEqual(written.author, { name: 'Kämmerei' });
    assert.deepEqual(written.link, [{ '@rel': 'alternate', '@type': 'text/html', '@href': 'https://portal.example.de/opendata/haushaltsplan-2027' }]);
    assert.deepEqual(written.category, [{ '@term': 'finanzen', '@label': 'Finanzen' }, { '@term': 'haushalt' }]);
    assert.deepEqual(written.summary, { '#text': 'Der Entwurf des Haushalts.', '@type': 'text' });
    assert.deepEqual(written.content, { '#text': '<p>Der <strong>Entwurf</strong></p>', '@type': 'html' });
  });

  it('leaves optional elements out, and the feed stays valid without entries', () => {
    const [written] = parsed(atomFeed(feed())).feed.entry ?? [];
    assert.deepEqual(Object.keys(written ?? {}).sort(), ['id', 'link', 'title', 'updated']);
    assert.equal(parsed(atomFeed(feed({ entries: [] }))).feed.entry, undefined);
  });

  it('escapes markup and ampersands in text and attributes', () => {
    const xml = atomFeed(
      feed({
        title: 'Bäume & Sträucher <script>alert(1)</script>',
        entries: [entry({ title: 'A < B & "C"', link: 'https://portal.example.de/suche?q=a&b="x"', categories: [{ term: '"><x', label: 'a&b' }] })],
      }),
    );
    assert.ok(!xml.includes('<script>'));
    const { feed: root } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, isArray: (n) => n === 'entry' }).parse(
      xml,
    ) as Parsed;
    assert.equal(XMLValidator.validate(xml), true);
    assert.equal(root.title, 'Bäume & Sträucher <script>alert(1)</script>');
    const [written] = root.entry ?? [];
    assert.equal(written?.title, 'A < B & "C"');
    assert.deepEqual(written?.link, { '@rel': 'alternate', '@type': 'text/html', '@href': 'https://portal.example.de/suche?q=a&b="x"' });
  });

  it('drops the control characters XML 1.0 forbids and keeps tab, line feed, carriage return and emoji', () => {
    assert.equal(xmlText('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g'), 'abcdefg');
    assert.equal(xmlText('a\tb\nc\rd 😀'), 'a\tb\nc\rd 😀');
    const xml = atomFeed(feed({ title: 'Daten\u0001satz\u001B', entries: [entry({ summary: 'Text\u0007 mit Glocke' })] }));
    const { feed: root } = parsed(xml);
    assert.equal(root.title, 'Datensatz');
    assert.deepEqual(root.entry?.[0]?.summary, { '#text': 'Text mit Glocke', '@type': 'text' });
  });

  it('builds tag URIs (RFC 4151) from a domain, a date and a path, encoding what a URI cannot hold', () => {
    assert.equal(tagUri('Iserlohn.de', '2026', 'ratsinfo/sitzung/7'), 'tag:iserlohn.de,2026:ratsinfo/sitzung/7');
    assert.equal(tagUri('iserlohn.de', '2026-12-01', 'datensatz/Bäume #1'), 'tag:iserlohn.de,2026-12-01:datensatz/B%C3%A4ume%20%231');
  });
});
