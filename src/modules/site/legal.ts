/**
 * Law that depends on the federal state (`municipality.state` in the configuration): the state's
 * data protection act and supervisory authority, its disability equality act with the accessibility
 * regulation. The municipality file has no fields for these, so the module knows them per state.
 * States without an entry get neutral wording that names no wrong law.
 */
export interface StateLaw {
  dataProtection: {
    /** Legal basis next to Art. 6 (1) c/e DSGVO, e.g. "§ 3 Datenschutzgesetz Nordrhein-Westfalen (DSG NRW)". */
    basis: string | undefined;
    authority: { name: string; address: string; website: string; email: string } | undefined;
  };
  accessibility: {
    /** "dem Behindertengleichstellungsgesetz Nordrhein-Westfalen (BGG NRW) und der ..." (dative). */
    lawsDative: string | undefined;
    /** Short name of the standard the statement measures against, e.g. "BITVNRW". */
    regulation: string | undefined;
    /** Longest time to answer a report, e.g. "sechs Wochen" (§ 5 Abs. 2 BITVNRW). */
    answerPeriod: string | undefined;
    /** Where the enforcement/ombudsman procedure is regulated, e.g. "§ 10d BGG NRW". */
    enforcementBasis: string | undefined;
    /** Where the right to a sign-language interpreter free of charge is regulated. */
    interpreterBasis: string | undefined;
  };
}

const STATE_LAW: Record<string, StateLaw> = {
  'Nordrhein-Westfalen': {
    dataProtection: {
      basis: '§ 3 Datenschutzgesetz Nordrhein-Westfalen (DSG NRW)',
      authority: {
        name: 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW)',
        address: 'Kavalleriestraße 2–4, 40213 Düsseldorf',
        website: 'https://www.ldi.nrw.de',
        email: 'poststelle@ldi.nrw.de',
      },
    },
    accessibility: {
      lawsDative: 'dem Behindertengleichstellungsgesetz Nordrhein-Westfalen (BGG NRW) und der Barrierefreie-Informationstechnik-Verordnung Nordrhein-Westfalen (BITVNRW)',
      regulation: 'BITVNRW',
      answerPeriod: 'sechs Wochen',
      enforcementBasis: '§ 10d BGG NRW',
      interpreterBasis: '§ 8 BGG NRW',
    },
  },
};

const NEUTRAL: StateLaw = {
  dataProtection: { basis: undefined, authority: undefined },
  accessibility: { lawsDative: undefined, regulation: undefined, answerPeriod: undefined, enforcementBasis: undefined, interpreterBasis: undefined },
};

export function stateLaw(state: string): StateLaw {
  return STATE_LAW[state] ?? NEUTRAL;
}
