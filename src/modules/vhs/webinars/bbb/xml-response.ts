import { SaxesParser } from 'saxes';

/** A BigBlueButton answer that is not SUCCESS, or not an answer at all; `messageKey` is the stable part. */
export class BbbError extends Error {
  constructor(
    readonly messageKey: string,
    readonly serverMessage: string,
  ) {
    super(`BigBlueButton: ${messageKey}${serverMessage ? ` (${serverMessage})` : ''}`);
    this.name = 'BbbError';
  }
}

/** The plain-text children of `<response>`, e.g. `{ returncode: 'SUCCESS', running: 'true' }`; nested lists are skipped. */
export type BbbResponse = Readonly<Record<string, string>>;

/**
 * Reads an API answer with saxes: the direct children of `<response>` with their text. `FAILED`
 * becomes a BbbError carrying bbb-web's messageKey (checksumError, notFound, …); XML that does not
 * parse, or has no `<response>`, becomes `invalidResponse` (a proxy's HTML error page, say).
 */
export function parseBbbResponse(xml: string): BbbResponse {
  const fields: Record<string, string> = {};
  const path: string[] = [];
  let broken = false;
  const parser = new SaxesParser();
  parser.on('error', () => {
    broken = true;
  });
  parser.on('opentag', (tag) => {
    path.push(tag.name);
    if (path.length === 2 && path[0] === 'response') fields[tag.name] = '';
  });
  parser.on('closetag', () => path.pop());
  parser.on('text', (text) => {
    const field = path[1];
    if (path.length === 2 && path[0] === 'response' && field !== undefined) fields[field] += text;
  });
  try {
    parser.write(xml).close();
  } catch {
    broken = true;
  }
  if (broken || fields.returncode === undefined) throw new BbbError('invalidResponse', 'Die Antwort ist kein BigBlueButton-XML.');
  const trimmed = Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, value.trim()]));
  if (trimmed.returncode !== 'SUCCESS') throw new BbbError(trimmed.messageKey || 'failed', trimmed.message ?? '');
  return trimmed;
}
