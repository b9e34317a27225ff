/**
 * The content type judged by the bytes (magic numbers), never by the name or what the browser
 * claims: a renamed executable stays an executable. Null for anything without a signature
 * (plain text, HTML, unknown formats).
 */
export async function detectContentType(bytes: Buffer): Promise<string | null> {
  // Loaded with the first upload: file-type and its parsers cost about 12 MB in processes that never see one.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(bytes);
  return detected?.mime ?? null;
}

const megabyteFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** `10 MB`, `1,5 MB`, `200 KB`: sizes as citizens read them (binary units, German decimal comma). */
export function formatFileSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${megabyteFormat.format(megabytes)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
