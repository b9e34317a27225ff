import type { JsonObject } from './json';

/**
 * A request the server cannot answer (spec 2.9): the HTTP status and an OParl Error object with a
 * German message for people and, where harmless, `debug` for developers (never internals).
 */
export class OparlError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 410,
    readonly userMessage: string,
    readonly debug?: string,
  ) {
    super(userMessage);
  }

  body(): JsonObject {
    return { type: 'https://schema.oparl.org/1.1/Error', message: this.userMessage, ...(this.debug ? { debug: this.debug } : {}) };
  }
}

export const oparlErrors = {
  notFound: () => new OparlError(404, 'Dieses Objekt gibt es nicht.'),
  badParameter: (name: string, what: string) => new OparlError(400, `Der Parameter „${name}“ ist ungültig: ${what}`, `parameter ${name}`),
  methodNotAllowed: (method: string) => new OparlError(405, 'Die OParl-Schnittstelle kann nur gelesen werden (GET).', `method ${method}`),
  fileNotHeld: () => new OparlError(404, 'Diese Datei liegt dem Portal nicht vor.'),
  fileDeleted: () => new OparlError(410, 'Diese Datei wurde gelöscht.'),
};
