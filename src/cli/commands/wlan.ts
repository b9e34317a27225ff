import { CLI_ACTOR } from '../../modules/admin';
import { importFeedLocation } from '../../modules/wlan';
import { CommandError, requiredString } from '../args';
import type { DatabaseCommand } from './types';

const FORMAT_NAMES = { meshviewer: 'meshviewer.json', 'nodes-v1': 'nodes.json Version 1', 'nodes-v2': 'nodes.json Version 2' } as const;

export const wlanImport: DatabaseCommand = {
  name: 'wlan:import',
  summary: 'Freifunk-Knoten aus einem Feed importieren (meshviewer.json oder nodes.json, Version 1 oder 2)',
  usage: 'wlan:import URL|DATEI',
  positional: 'location',
  description: [
    'Liest den Feed von einer http(s)-Adresse (Zeitlimit, Größenlimit, ein zweiter Versuch) oder aus einer Datei; das Format wird am Inhalt erkannt.',
    'Knoten mit unmöglichen Positionen werden mit Grund übersprungen, Knoten außerhalb des Stadtgebiets übernommen und markiert; Kontaktdaten der Betreiber werden nie gespeichert.',
    'Ist der Feed nicht lesbar, kein JSON, zu groß oder enthält er (fast) keinen verwendbaren Knoten mehr, bleibt der letzte gute Stand unverändert.',
    'Eine neue Adresse wird als Feed-Quelle angelegt (ohne Zeitplan). Exit-Code 0: importiert; 1: der Import ist gescheitert.',
  ],
  options: {
    location: { type: 'string', placeholder: '<url|datei>', description: 'die Adresse oder Datei des Feeds (Pflicht; auch ohne --location als erste Angabe)' },
  },
  check(values) {
    requiredString(values, 'location');
  },
  async run({ deps, out }, values) {
    const report = await importFeedLocation(CLI_ACTOR, { location: requiredString(values, 'location').trim() }, deps);
    if (report.created) out(`Neue Feed-Quelle „${report.sourceName}“ angelegt (ohne Zeitplan).`);
    const format = report.format ? ` (${FORMAT_NAMES[report.format]})` : '';
    out(`${report.read} Knoten gelesen${format}, ${report.taken} übernommen, ${report.read - report.taken} übersprungen.`);
    if (report.outcome === 'succeeded') {
      out(`Im Stadtgebiet: ${report.inside}, außerhalb (markiert): ${report.outside}; nicht mehr im Feed: ${report.removed}.`);
    }
    for (const skipped of report.skipped) out(`Übersprungen ${skipped.nodeId}: ${skipped.reason}`);
    if (report.outcome === 'failed') {
      throw new CommandError(`Der Import ist gescheitert: ${report.error ?? ''} Die Hotspots bleiben auf dem letzten guten Stand.`);
    }
  },
};
