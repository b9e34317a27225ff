/**
 * Lebenslagen: the fixed list the catalogue is filtered by (slugs are stored in
 * `services.life_situations`). Labels are the words people use, not the authority's.
 */
export const LIFE_SITUATIONS = [
  { slug: 'umzug', label: 'Umzug und Wohnen' },
  { slug: 'familie', label: 'Familie und Kinder' },
  { slug: 'ausweise', label: 'Ausweise und Dokumente' },
  { slug: 'auto-verkehr', label: 'Auto und Verkehr' },
  { slug: 'haustiere', label: 'Haustiere' },
  { slug: 'beruf-unternehmen', label: 'Arbeit und Unternehmen' },
  { slug: 'bauen', label: 'Bauen und Grundstück' },
  { slug: 'heirat', label: 'Heirat und Partnerschaft' },
  { slug: 'geburt', label: 'Geburt' },
  { slug: 'todesfall', label: 'Todesfall' },
  { slug: 'wahlen', label: 'Wahlen' },
  { slug: 'steuern-abgaben', label: 'Steuern und Abgaben' },
  { slug: 'ordnung-sicherheit', label: 'Ordnung und Sicherheit' },
  { slug: 'veranstaltungen', label: 'Feste und Veranstaltungen' },
  { slug: 'transparenz', label: 'Auskunft und Datenschutz' },
] as const;

export type LifeSituationSlug = (typeof LIFE_SITUATIONS)[number]['slug'];

export const LIFE_SITUATION_SLUGS = LIFE_SITUATIONS.map((situation) => situation.slug) as [LifeSituationSlug, ...LifeSituationSlug[]];
