import assert from 'node:assert/strict';
import type { TestApp } from '../../../../tests/support/test-app';
import { servicesModule } from '../../services';
import { findLinkKind } from './link-sources';

/**
 * The demo Leistungen (services' own seed), and the id of one whose name contains `word`, found
 * through the services module's `linkTargets` as the link form finds it.
 */
export async function linkableService(t: Pick<TestApp, 'deps' | 'settled'>, word = 'Hund'): Promise<{ id: string; title: string }> {
  await servicesModule.seedDemo!(t.deps);
  await t.settled();
  const [hit] = await findLinkKind(t.deps.modules, 'services:leistung')!.source.find(word, 1, t.deps);
  assert.ok(hit, `a demo Leistung with „${word}“ is offered`);
  return hit;
}

/** A complete, valid measure form; tests change one field at a time. */
export const VALID_FORM = {
  titel: 'Digitale Bauakte',
  adresse: '',
  ziel: 'Bauanträge vollständig elektronisch bearbeiten.',
  beschreibung: '',
  fachbereich: 'digitales',
  status: 'planned',
  fortschritt: '0',
  beginn: '01.03.2027',
  ende: '31.12.2028',
  budget: '120.000',
  finanzierung: 'Eigenmittel',
  programm: '§ 2',
};
