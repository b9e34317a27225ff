import { SERVICE_PATHS } from './paths';
import type { CatalogueQuery } from './schemas';

/** OZG Reifegrad in plain words (what it means for the person, not the authority's scale). */
export const OZG_LEVELS: Record<number, string> = {
  0: 'Diese Leistung ist noch nicht online verfügbar.',
  1: 'Sie finden hier alle Informationen. Den Antrag stellen Sie vor Ort.',
  2: 'Sie können das Antragsformular herunterladen, stellen den Antrag aber auf Papier.',
  3: 'Sie stellen den Antrag vollständig online und laden Nachweise hoch. Den Bescheid erhalten Sie per Post.',
  4: 'Sie erledigen alles online, auch den Bescheid erhalten Sie digital.',
};

/** A catalogue URL with the current filters and search; empty values are left out. */
export function catalogueHref(query: Partial<CatalogueQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.lebenslage) params.set('lebenslage', query.lebenslage);
  if (query.fachbereich) params.set('fachbereich', query.fachbereich);
  if (query.seite && query.seite > 1) params.set('seite', String(query.seite));
  const search = params.toString();
  return search ? `${SERVICE_PATHS.list}?${search}` : SERVICE_PATHS.list;
}

/** The Leistung in the state's service portal, by its LeiKa key (`{leika}` in the configured template). */
export function statePortalUrl(template: string, leikaKey: string | null): string | null {
  return leikaKey ? template.replaceAll('{leika}', encodeURIComponent(leikaKey)) : null;
}
