import { z } from 'zod';
import { optionalText } from '../../../../kernel/http';
import { flag } from '../entry/fields';

/** What a document is to its meeting or paper (OParl: Meeting.invitation, resultsProtocol, …; Paper.mainFile, auxiliaryFile). */
export const DOCUMENT_ROLES = {
  meeting: { invitation: 'Einladung', resultsProtocol: 'Ergebnisprotokoll', verbatimProtocol: 'Wortprotokoll', auxiliary: 'Weitere Unterlage' },
  paper: { main: 'Hauptdokument', auxiliary: 'Anlage' },
} as const;
export type DocumentOwner = keyof typeof DOCUMENT_ROLES;

export const documentSchema = (owner: DocumentOwner) =>
  z.object({
    role: z.enum(Object.keys(DOCUMENT_ROLES[owner]) as [string, ...string[]], { error: 'Wählen Sie aus, was für ein Dokument es ist.' }),
    name: optionalText('Der Name', 200),
    nonPublic: flag(),
  });
