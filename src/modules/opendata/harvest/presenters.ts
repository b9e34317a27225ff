import type { TagKind } from '../../../kernel/views';
import type { HarvestLogEntry, HarvestRun, HarvestSource } from './repository';

export const RUN_STATUS: Record<HarvestRun['status'], { label: string; kind: TagKind }> = {
  running: { label: 'läuft', kind: 'info' },
  succeeded: { label: 'erfolgreich', kind: 'success' },
  partial: { label: 'teilweise erfolgreich', kind: 'warning' },
  failed: { label: 'fehlgeschlagen', kind: 'danger' },
};

export const LOG_LEVEL: Record<HarvestLogEntry['level'], { label: string; kind: TagKind }> = {
  info: { label: 'Hinweis', kind: 'neutral' },
  warning: { label: 'Warnung', kind: 'warning' },
  error: { label: 'Fehler', kind: 'danger' },
};

export const SOURCE_KIND: Record<HarvestSource['kind'], string> = { ckan: 'CKAN-API', dcat: 'DCAT-Katalog' };

export function intervalLabel(hours: number | null): string {
  if (hours === null) return 'nur von Hand';
  if (hours % 24 === 0) return hours === 24 ? 'täglich' : `alle ${hours / 24} Tage`;
  return hours === 1 ? 'stündlich' : `alle ${hours} Stunden`;
}
