import type { ModuleDeps } from '../../../kernel/module';
import { germanDay } from '../presenters';
import { itemsOf, type AvailabilityItem } from './repository';

export interface CopyAvailability {
  itemId: string;
  barcode: string;
  status: 'available' | 'lent' | 'on_hold_shelf' | 'reference' | 'unavailable';
  /** What the record page shows beside the copy, e.g. "Entliehen bis 12.01.2027, 2 Vormerkungen". */
  label: string;
}

function holdsText(holds: number): string {
  if (holds === 0) return '';
  return holds === 1 ? ', 1 Vormerkung' : `, ${holds} Vormerkungen`;
}

function copyOf(item: AvailabilityItem): CopyAvailability {
  const base = { itemId: item.id, barcode: item.barcode };
  if (item.state === 'reference') return { ...base, status: 'reference', label: 'Präsenzbestand: nur in der Bücherei zu lesen' };
  if (item.state !== 'available') return { ...base, status: 'unavailable', label: 'Nicht verfügbar' };
  if (item.dueOn) return { ...base, status: 'lent', label: `Entliehen bis ${germanDay(item.dueOn)}${holdsText(item.holds)}` };
  if (item.holds > 0) return { ...base, status: 'on_hold_shelf', label: `Zurück, liegt für eine Vormerkung bereit${holdsText(item.holds)}` };
  return { ...base, status: 'available', label: 'Verfügbar' };
}

/**
 * Availability of a record's copies for its page (the catalogue's `availability` prop), from the
 * same rows as DAIA. `holdable`: lendable copies exist and none stands on the shelf, so the page
 * shows the hold form (`HoldForm`).
 */
export async function recordAvailability(recordId: string, { db }: Pick<ModuleDeps, 'db'>): Promise<{ copies: CopyAvailability[]; holdable: boolean }> {
  const copies = (await itemsOf(db, [recordId])).map(copyOf);
  const lendable = copies.filter((copy) => copy.status === 'lent' || copy.status === 'on_hold_shelf' || copy.status === 'available');
  return { copies, holdable: lendable.length > 0 && lendable.every((copy) => copy.status !== 'available') };
}
