/**
 * The 13 EU data themes (the DCAT-AP `dcat:theme` vocabulary DCAT-AP.de requires for categories).
 * CKAN portals like GovData model each theme as a group whose name is the code in lower case.
 */
const EU_THEME_BASE = 'http://publications.europa.eu/resource/authority/data-theme/';

export const THEME_CODES = ['AGRI', 'ECON', 'EDUC', 'ENER', 'ENVI', 'GOVE', 'HEAL', 'INTR', 'JUST', 'REGI', 'SOCI', 'TECH', 'TRAN'] as const;
export type ThemeCode = (typeof THEME_CODES)[number];

export interface Theme {
  code: ThemeCode;
  /** The CKAN group name, as GovData spells it. */
  groupName: string;
  label: string;
  uri: string;
}

const LABELS: Record<ThemeCode, string> = {
  AGRI: 'Landwirtschaft, Fischerei, Forstwirtschaft und Nahrungsmittel',
  ECON: 'Wirtschaft und Finanzen',
  EDUC: 'Bildung, Kultur und Sport',
  ENER: 'Energie',
  ENVI: 'Umwelt',
  GOVE: 'Regierung und öffentlicher Sektor',
  HEAL: 'Gesundheit',
  INTR: 'Internationale Themen',
  JUST: 'Justiz, Rechtssystem und öffentliche Sicherheit',
  REGI: 'Regionen und Städte',
  SOCI: 'Bevölkerung und Gesellschaft',
  TECH: 'Wissenschaft und Technologie',
  TRAN: 'Verkehr',
};

export const THEMES: readonly Theme[] = THEME_CODES.map((code) => ({ code, groupName: code.toLowerCase(), label: LABELS[code], uri: EU_THEME_BASE + code }));

export function isThemeCode(value: string): value is ThemeCode {
  return (THEME_CODES as readonly string[]).includes(value);
}

export function themeUri(code: ThemeCode): string {
  return EU_THEME_BASE + code;
}
