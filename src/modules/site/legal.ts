import { moduleSettings, type Config } from '../../kernel/config';
import { legalSettings, type LegalSettings } from './settings';

/**
 * Law that depends on the federal state: the state's data protection act and supervisory
 * authority, its disability equality act with the accessibility regulation, the enforcement body.
 * A municipality file with a `legal` block (settings.ts) names them itself; without one,
 * Nordrhein-Westfalen's are built in, and any other state gets neutral wording that names no
 * wrong law.
 */
export interface StateLaw {
  dataProtection: {
    /** Legal basis next to Art. 6 (1) e DSGVO, e.g. "§ 3 Datenschutzgesetz Nordrhein-Westfalen (DSG NRW)". */
    basis?: string;
    lawUrl?: string;
    authority?: {
      name: string;
      address: string;
      website: string;
      email?: string;
    };
  };
  accessibility: {
    law?: { name: string; url?: string };
    /** `shortName` reads "in der BITVNRW". */
    regulation?: { name: string; shortName: string; url?: string };
    /** Longest time to answer a report, e.g. "sechs Wochen" (§ 5 Abs. 2 BITVNRW). */
    answerPeriod?: string;
    /** Where the enforcement/ombudsman procedure is regulated, e.g. "§ 10d BGG NRW". */
    enforcementBasis?: string;
    /** Where the right to a sign-language interpreter free of charge is regulated. */
    interpreterBasis?: string;
    /** From the `legal` block, else the municipality file's `accessibility.enforcementBody`. */
    enforcementBody: {
      name: string;
      address?: string;
      website: string;
      email?: string;
    };
  };
}

const NORDRHEIN_WESTFALEN: LegalSettings = {
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
    law: {
      name: 'Behindertengleichstellungsgesetz Nordrhein-Westfalen (BGG NRW)',
    },
    regulation: {
      name: 'Barrierefreie-Informationstechnik-Verordnung Nordrhein-Westfalen (BITVNRW)',
      shortName: 'BITVNRW',
    },
    answerPeriod: 'sechs Wochen',
    enforcementBasis: '§ 10d BGG NRW',
    interpreterBasis: '§ 8 BGG NRW',
  },
};

const BUILT_IN: Record<string, LegalSettings> = {
  'Nordrhein-Westfalen': NORDRHEIN_WESTFALEN,
};

export function stateLaw(config: Pick<Config, 'municipality' | 'settings'>): StateLaw {
  const { municipality } = config;
  const legal = moduleSettings({ config }, legalSettings) ?? BUILT_IN[municipality.state];
  const enforcementBody = legal?.accessibility.enforcementBody ?? municipality.accessibility.enforcementBody;
  if (!legal) return { dataProtection: {}, accessibility: { enforcementBody } };
  return {
    dataProtection: legal.dataProtection,
    accessibility: { ...legal.accessibility, enforcementBody },
  };
}
