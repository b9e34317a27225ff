import { bigint, boolean, date, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { councilBodies } from './bodies';
import { oparlColumns, oparlIndexes } from './oparl-columns';
import { fileSearchColumn } from './search';

/**
 * OParl File: a document of a meeting, agenda item or paper. The bytes live in the kernel's file store
 * (`storageKey`) once downloaded or uploaded; our API then serves them at its own accessUrl and
 * downloadUrl. `text` is the extracted full text (PDFs with a text layer) for the search.
 * Which meeting, agenda item or paper a file belongs to is kept on their side (the *_files tables and
 * the single-file columns), and File.meeting/agendaItem/paper are back-references.
 */
export const councilFiles = pgTable(
  'council_files',
  {
    ...oparlColumns(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => councilBodies.id, { onDelete: 'cascade' }),
    name: text('name'),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    date: date('date'),
    size: bigint('size', { mode: 'number' }),
    sha1Checksum: text('sha1_checksum'),
    sha512Checksum: text('sha512_checksum'),
    text: text('text'),
    /** The source's URLs (imported files); ours are derived from the id. */
    sourceAccessUrl: text('source_access_url'),
    sourceDownloadUrl: text('source_download_url'),
    externalServiceUrl: text('external_service_url'),
    masterFileId: uuid('master_file_id'),
    fileLicense: text('file_license'),
    /** Key in the kernel file store; null while not (yet) downloaded. */
    storageKey: text('storage_key'),
    /**
     * False for a document of a non-public agenda item or paper: only council members of its
     * Gremium and staff see it, and the OParl API never lists it.
     */
    public: boolean('public').notNull().default(true),
    /** council-search: the file's words for the full-text search (tables/search.ts). */
    search: fileSearchColumn(),
  },
  (t) => oparlIndexes('council_files', t, t.bodyId),
);
