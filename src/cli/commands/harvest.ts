import { HARVEST_ACTOR, resolveHarvestSource, runHarvest } from '../../modules/opendata';
import { CommandError, requiredString, stringOption } from '../args';
import type { DatabaseCommand } from './types';

const STATUS_LABELS = { running: 'läuft', succeeded: 'erfolgreich', partial: 'teilweise erfolgreich', failed: 'fehlgeschlagen' } as const;
const LEVEL_LABELS = { info: 'Hinweis', warning: 'Warnung', error: 'Fehler' } as const;

export const harvestRun: DatabaseCommand = {
  name: 'harvest:run',
  summary: 'Eine CKAN-API oder einen DCAT-Katalog jetzt ernten',
  usage: 'harvest:run <URL|QUELLE> [--organisation NAME] [--kind ckan|dcat]',
  description: [
    'QUELLE ist der Name einer eingerichteten Erntequelle. Eine URL (CKAN-API, z. B. https://daten.example/api/3, oder DCAT-Katalog, z. B. https://daten.example/catalog.rdf) bekommt beim ersten Mal eine Quelle, benannt nach dem Host, mit --organisation als Eigentümerin.',
    'Exit-Code 0: erfolgreich; 1: teilweise erfolgreich, fehlgeschlagen oder die Quelle wird gerade geerntet.',
  ],
  options: {
    source: { type: 'string', placeholder: '<url|quelle>', description: 'URL oder Name der Erntequelle (Pflicht)' },
    organisation: { type: 'string', placeholder: '<name>', description: 'Organisation, der die Datensätze einer neuen URL gehören' },
    kind: { type: 'string', placeholder: '<ckan|dcat>', description: 'Art der Quelle, wenn die URL sie nicht erkennen lässt' },
  },
  positional: 'source',
  check(values) {
    requiredString(values, 'source');
  },
  async run({ deps, out }, values) {
    const resolved = await resolveHarvestSource(
      { target: requiredString(values, 'source'), organisation: stringOption(values, 'organisation'), kind: stringOption(values, 'kind') },
      deps,
    );
    if (!resolved.ok) throw new CommandError(Object.values(resolved.errors).join(' '));
    const { source } = resolved;
    if (resolved.created) out(`Erntequelle „${source.name}“ angelegt (${source.kind}, ${source.url}).`);
    const result = await runHarvest(HARVEST_ACTOR, { source }, deps);
    if (!result.started) throw new CommandError(`Die Quelle „${source.name}“ wird gerade geerntet. Versuchen Sie es später noch einmal.`);
    const { run, problems } = result;
    for (const entry of problems) out(`${LEVEL_LABELS[entry.level]}${entry.datasetRef ? ` (${entry.datasetRef})` : ''}: ${entry.message}`);
    out(
      `Ernte von „${source.name}“: ${STATUS_LABELS[run.status]}. ${run.created} neu, ${run.updated} geändert, ${run.deleted} gelöscht, ${run.failed} mit Fehler.`,
    );
    if (run.status !== 'succeeded') throw new CommandError(`Die Ernte war ${STATUS_LABELS[run.status]}; Einzelheiten stehen oben und im Ernteprotokoll.`);
  },
};
