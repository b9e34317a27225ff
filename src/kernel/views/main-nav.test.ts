import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NavItem } from './context';
import { marksCurrent, trailThroughHeader } from './main-nav';

const navigation: NavItem[] = [
  { href: '/leistungen', label: 'Leistungen' },
  { href: '/transparenz', label: 'Transparenz' },
  { href: '/daten', label: 'Offene Daten', under: '/transparenz' },
  { href: '/bildung', label: 'Bildung' },
];
const HOME = { href: '/', label: 'Startseite' };
const labels = (path: string, crumbs = [HOME]) => trailThroughHeader(crumbs, navigation, path).map((crumb) => crumb.label);

describe('the main navigation and the breadcrumb trail', () => {
  it('marks a hub current on its own pages and on those of the entries under it, by whole path segments', () => {
    const hub = navigation[1]!;
    for (const path of ['/transparenz', '/daten', '/daten/datensatz/x']) assert.ok(marksCurrent(navigation, hub, path), path);
    for (const path of ['/datenschutz', '/', '/leistungen']) assert.ok(!marksCurrent(navigation, hub, path), path);
  });

  it('names the header entry a page lies below right after the start page', () => {
    assert.deepEqual(labels('/daten'), ['Startseite', 'Transparenz']);
    assert.deepEqual(labels('/daten/organisationen', [HOME, { href: '/daten', label: 'Offene Daten' }]), ['Startseite', 'Transparenz', 'Offene Daten']);
    assert.deepEqual(labels('/bildung/vhs/kurse/x', [HOME, { href: '/bildung/vhs', label: 'Volkshochschule' }]), ['Startseite', 'Bildung', 'Volkshochschule']);
  });

  it('leaves the trail of an entry’s own page, of a trail that names it already, of one not from the start page, and of pages elsewhere', () => {
    assert.deepEqual(labels('/transparenz'), ['Startseite']);
    assert.deepEqual(labels('/bildung/kalender', [HOME, { href: '/bildung', label: 'Bildung' }]), ['Startseite', 'Bildung']);
    assert.deepEqual(labels('/daten', [{ href: '/verwaltung', label: 'Verwaltung' }]), ['Verwaltung']);
    assert.deepEqual(labels('/daten', []), []);
    assert.deepEqual(labels('/datenschutz'), ['Startseite']);
  });
});
