import type { TagKind } from '../../../kernel/views';
import type { FeedFormat, WlanHotspot, WlanImportRun } from '../tables';

export const FORMAT_LABELS: Record<FeedFormat | 'auto', string> = {
  auto: 'am Inhalt erkennen',
  meshviewer: 'meshviewer.json',
  'nodes-v1': 'nodes.json, Version 1',
  'nodes-v2': 'nodes.json, Version 2',
};

export const RUN_OUTCOMES: Record<WlanImportRun['outcome'], { label: string; kind: TagKind }> = {
  running: { label: 'läuft', kind: 'info' },
  succeeded: { label: 'erfolgreich', kind: 'success' },
  failed: { label: 'gescheitert', kind: 'danger' },
};

/** An own hotspot's state in words: retired, in service, or reported as disturbed. */
export function hotspotState(hotspot: Pick<WlanHotspot, 'removedAt' | 'online'>): { label: string; kind: TagKind } {
  if (hotspot.removedAt) return { label: 'außer Betrieb', kind: 'neutral' };
  return hotspot.online ? { label: 'in Betrieb', kind: 'success' } : { label: 'gestört', kind: 'warning' };
}

/** "alle 15 Minuten", "stündlich", "alle 6 Stunden". */
export function intervalLabel(minutes: number): string {
  if (minutes === 60) return 'stündlich';
  if (minutes % 60 === 0) return `alle ${minutes / 60} Stunden`;
  return `alle ${minutes} Minuten`;
}

/** A number with German digit grouping and a decimal comma. */
export const degrees = (value: number | null): string => (value === null ? '' : String(value).replace('.', ','));
