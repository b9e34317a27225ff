import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffSnapshots, type Snapshot } from './history-diff';

const BEFORE: Snapshot = {
  title: 'Parkhäuser',
  state: 'draft',
  private: false,
  licenseId: 'dl-by-de/2.0',
  tags: ['parken'],
  themes: ['TRAN'],
  resources: [
    { id: 'a', name: 'Belegung', format: 'CSV' },
    { id: 'b', name: 'Lageplan', format: 'PDF' },
  ],
};

describe('opendata publishing: the history says what changed, in plain German', () => {
  it('names each changed field with its old and new value, vocabularies in words', () => {
    const after: Snapshot = { ...BEFORE, title: 'Parkhäuser in Iserlohn', state: 'active', licenseId: 'cc-zero', themes: ['TRAN', 'REGI'] };
    assert.deepEqual(diffSnapshots(BEFORE, after), [
      { what: 'Titel', before: 'Parkhäuser', after: 'Parkhäuser in Iserlohn' },
      { what: 'Status', before: 'Entwurf', after: 'veröffentlicht' },
      { what: 'Lizenz', before: 'Datenlizenz Deutschland Namensnennung 2.0', after: 'Creative Commons CC Zero License (cc-zero)' },
      { what: 'Kategorien', before: 'Verkehr', after: 'Verkehr, Regionen und Städte' },
    ]);
  });

  it('names the organisations of a move by their titles', () => {
    const titles = new Map([
      ['org-stadt', 'Stadt Iserlohn'],
      ['org-werke', 'Stadtwerke Iserlohn'],
    ]);
    assert.deepEqual(diffSnapshots({ ...BEFORE, organizationId: 'org-stadt' }, { ...BEFORE, organizationId: 'org-werke' }, titles), [
      { what: 'Organisation', before: 'Stadt Iserlohn', after: 'Stadtwerke Iserlohn' },
    ]);
  });

  it('lists distributions added, removed, changed and moved', () => {
    const after: Snapshot = {
      ...BEFORE,
      resources: [
        { id: 'c', name: 'Schnittstelle', format: 'JSON' },
        { id: 'a', name: 'Belegung', format: 'JSON' },
      ],
    };
    assert.deepEqual(
      diffSnapshots(BEFORE, after).map((change) => change.what),
      ['Datei oder Link hinzugefügt', '„Belegung“: Format', 'Datei oder Link entfernt'],
    );
    const moved: Snapshot = { ...BEFORE, resources: [BEFORE.resources![1]!, BEFORE.resources![0]!] };
    assert.deepEqual(diffSnapshots(BEFORE, moved), [{ what: 'Reihenfolge der Dateien und Links', before: 'Belegung, Lageplan', after: 'Lageplan, Belegung' }]);
  });

  it('shows the first revision as what was set', () => {
    const changes = diffSnapshots(null, { title: 'Neu', state: 'draft', private: false, tags: [], resources: [] });
    assert.deepEqual(
      changes.map((change) => [change.what, change.after]),
      [
        ['Titel', 'Neu'],
        ['Status', 'Entwurf'],
        ['Sichtbarkeit', 'öffentlich'],
      ],
    );
  });
});
