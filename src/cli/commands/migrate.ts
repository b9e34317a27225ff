import type { DatabaseCommand } from './types';

export const migrate: DatabaseCommand = {
  name: 'migrate',
  summary: 'Ausstehende Datenbank-Migrationen anwenden',
  usage: 'migrate',
  description: ['Wendet die Migrationen des Kernels und aller Module an, die noch fehlen (der Server tut das auch beim Start).'],
  options: {},
  async run({ applied, out }) {
    if (applied.length === 0) {
      out('Die Datenbank ist auf dem neuesten Stand: keine ausstehenden Migrationen.');
      return;
    }
    out(`${applied.length} Migration(en) angewendet:`);
    for (const tag of applied) out(`  ${tag}`);
  },
};
