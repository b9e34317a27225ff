/**
 * The name shown and offered for download: without any path a browser sent along, without control
 * characters (NUL cannot even be stored), at most 200 characters (keeping the extension).
 */
export function cleanFilename(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"]/gu, '')
    .trim();
  if (!base) return 'Datei';
  if (base.length <= 200) return base;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return base.slice(0, 200 - extension.length) + extension;
}
