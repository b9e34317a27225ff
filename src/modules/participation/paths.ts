/** Every URL of the participation module in one place (views link, routes register, tests call). */
export const PATHS = {
  /** The ideas: newest or most supported, filtered by measure and status, paged. */
  public: '/mitmachen',
  newIdea: '/mitmachen/vorschlag-einreichen',
  idea: (id: string) => `/mitmachen/vorschlaege/${id}`,
  support: (id: string) => `/mitmachen/vorschlaege/${id}/unterstuetzen`,
  comment: (id: string) => `/mitmachen/vorschlaege/${id}/kommentieren`,
  reportIdea: (id: string) => `/mitmachen/vorschlaege/${id}/melden`,
  editComment: (id: string) => `/mitmachen/kommentare/${id}/bearbeiten`,
  deleteComment: (id: string) => `/mitmachen/kommentare/${id}/loeschen`,
  reportComment: (id: string) => `/mitmachen/kommentare/${id}/melden`,
  /** The person's own ideas and comments (the accountOverview card links here). */
  mine: '/konto/mitmachen',
} as const;

/** Staff sections in /verwaltung. */
export const STAFF_PATHS = {
  /** The moderation queue: new ideas and comments not yet looked at, and open reports. */
  queue: '/verwaltung/mitmachen',
  idea: (id: string) => `/verwaltung/mitmachen/vorschlaege/${id}`,
  moderateIdea: (id: string) => `/verwaltung/mitmachen/vorschlaege/${id}/moderieren`,
  answerIdea: (id: string) => `/verwaltung/mitmachen/vorschlaege/${id}/antworten`,
  moderateComment: (id: string) => `/verwaltung/mitmachen/kommentare/${id}/moderieren`,
} as const;
