/** URLs of the form editor in the back office. */
export const EDITOR_PATHS = {
  list: '/verwaltung/formulare',
  form: (key: string) => `/verwaltung/formulare/${key}`,
  draft: (key: string) => `/verwaltung/formulare/${key}/entwurf`,
  preview: (key: string, pageId?: string) => `/verwaltung/formulare/${key}/vorschau${pageId ? `/${pageId}` : ''}`,
  publish: (key: string) => `/verwaltung/formulare/${key}/veroeffentlichen`,
  version: (key: string, version: number) => `/verwaltung/formulare/${key}/versionen/${version}`,
  fimImport: '/verwaltung/formulare/fim-import',
} as const;
