import { xmlText } from '../../../kernel/feeds/atom';
import { marcXmlRecord } from '../marc/marcxml-writer';
import { SCHEMA_IDS, DEFAULT_RECORDS, MAX_RECORDS, type Diagnostic, type RecordSchema, type SruVersion } from './protocol';
import type { SruPage } from './search';

export const SRU_CONTENT_TYPE = 'application/xml; charset=utf-8';

/** The response namespaces: SRU 1.2 (LoC's srw) and 2.0 (OASIS searchRetrieve). */
const NAMESPACES: Record<SruVersion, { response: string; diagnostic: string }> = {
  '1.2': { response: 'http://www.loc.gov/zing/srw/', diagnostic: 'http://www.loc.gov/zing/srw/diagnostic/' },
  '2.0': { response: 'http://docs.oasis-open.org/ns/search-ws/sruResponse', diagnostic: 'http://docs.oasis-open.org/ns/search-ws/diagnostic' },
};

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function diagnosticsXml(version: SruVersion, diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const entries = diagnostics.map(
    (diagnostic) =>
      `<diag:diagnostic><diag:uri>info:srw/diagnostic/1/${diagnostic.code}</diag:uri>${diagnostic.details ? `<diag:details>${xmlText(diagnostic.details)}</diag:details>` : ''}<diag:message>${xmlText(diagnostic.message)}</diag:message></diag:diagnostic>`,
  );
  return `<zs:diagnostics xmlns:diag="${NAMESPACES[version].diagnostic}">${entries.join('')}</zs:diagnostics>`;
}

/** Simple Dublin Core (info:srw/schema/1/dc-v1.1) of a record: the elements a library tool lists. */
function dcRecord(record: SruPage['records'][number], recordUrl: string): string {
  const element = (name: string, values: ReadonlyArray<string | number | null>) =>
    values
      .filter((value) => value !== null && value !== '')
      .map((value) => `<dc:${name}>${xmlText(String(value))}</dc:${name}>`)
      .join('');
  return `<srw_dc:dc xmlns:srw_dc="info:srw/schema/1/dc-schema" xmlns:dc="http://purl.org/dc/elements/1.1/">${[
    element('title', [record.subtitle ? `${record.title} : ${record.subtitle}` : record.title]),
    element('creator', record.authors),
    element('subject', record.subjects),
    element('description', [record.summary]),
    element('publisher', [record.publisher]),
    element('date', [record.year]),
    element('type', [record.mediaType]),
    element('language', [record.language]),
    element('identifier', [...record.isbns.map((isbn) => `urn:isbn:${isbn}`), recordUrl]),
  ].join('')}</srw_dc:dc>`;
}

export interface SearchRetrieveAnswer {
  version: SruVersion;
  page: SruPage;
  schema: RecordSchema;
  startRecord: number;
  recordUrl: (id: string) => string;
}

/** A searchRetrieve response: the total, the records in the asked schema with their positions, the next position. */
export function searchRetrieveXml({ version, page, schema, startRecord, recordUrl }: SearchRetrieveAnswer): string {
  const packing = version === '2.0' ? '<zs:recordXMLEscaping>xml</zs:recordXMLEscaping>' : '<zs:recordPacking>xml</zs:recordPacking>';
  const records = page.records.map(
    (record, index) =>
      `<zs:record><zs:recordSchema>${SCHEMA_IDS[schema]}</zs:recordSchema>${packing}<zs:recordData>${
        schema === 'marcxml' ? marcXmlRecord(record.marc) : dcRecord(record, recordUrl(record.id))
      }</zs:recordData><zs:recordPosition>${startRecord + index}</zs:recordPosition></zs:record>`,
  );
  const next = startRecord + page.records.length;
  return `${DECLARATION}<zs:searchRetrieveResponse xmlns:zs="${NAMESPACES[version].response}"><zs:version>${version}</zs:version><zs:numberOfRecords>${page.total}</zs:numberOfRecords>${
    records.length > 0 ? `<zs:records>${records.join('')}</zs:records>` : ''
  }${page.records.length > 0 && next <= page.total ? `<zs:nextRecordPosition>${next}</zs:nextRecordPosition>` : ''}</zs:searchRetrieveResponse>`;
}

/** A searchRetrieve that could not run: no records, the diagnostic says why. */
export function diagnosticXml(version: SruVersion, diagnostic: Diagnostic): string {
  return `${DECLARATION}<zs:searchRetrieveResponse xmlns:zs="${NAMESPACES[version].response}"><zs:version>${version}</zs:version><zs:numberOfRecords>0</zs:numberOfRecords>${diagnosticsXml(version, [diagnostic])}</zs:searchRetrieveResponse>`;
}

const INDEXES: ReadonlyArray<readonly [set: string, name: string, title: string]> = [
  ['dc', 'title', 'Titel'],
  ['dc', 'creator', 'Person (Verfasserin, Verfasser, Mitwirkende)'],
  ['dc', 'subject', 'Thema'],
  ['bath', 'isbn', 'ISBN'],
  ['cql', 'serverChoice', 'Alle Felder'],
];

/** The explain record (ZeeRex 2.0): where the service is, its indexes, schemas and limits. */
export function explainXml(version: SruVersion, server: { host: string; port: number; database: string; title: string }): string {
  const packing = version === '2.0' ? '<zs:recordXMLEscaping>xml</zs:recordXMLEscaping>' : '<zs:recordPacking>xml</zs:recordPacking>';
  const indexes = INDEXES.map(
    ([set, name, title]) => `<index><title lang="de">${xmlText(title)}</title><map><name set="${set}">${name}</name></map></index>`,
  ).join('');
  const explain = `<explain xmlns="http://explain.z3950.org/dtd/2.0/"><serverInfo protocol="SRU" version="${version}"><host>${xmlText(server.host)}</host><port>${server.port}</port><database>${xmlText(server.database)}</database></serverInfo><databaseInfo><title lang="de" primary="true">${xmlText(server.title)}</title></databaseInfo><indexInfo><set name="cql" identifier="info:srw/cql-context-set/1/cql-v1.2"/><set name="dc" identifier="info:srw/cql-context-set/1/dc-v1.1"/><set name="bath" identifier="http://zing.z3950.org/cql/bath/2.0/"/>${indexes}</indexInfo><schemaInfo><schema identifier="${SCHEMA_IDS.marcxml}" name="marcxml"><title>MARCXML</title></schema><schema identifier="${SCHEMA_IDS.dc}" name="dc"><title>Dublin Core</title></schema></schemaInfo><configInfo><default type="numberOfRecords">${DEFAULT_RECORDS}</default><setting type="maximumRecords">${MAX_RECORDS}</setting></configInfo></explain>`;
  return `${DECLARATION}<zs:explainResponse xmlns:zs="${NAMESPACES[version].response}"><zs:version>${version}</zs:version><zs:record><zs:recordSchema>http://explain.z3950.org/dtd/2.0/</zs:recordSchema>${packing}<zs:recordData>${explain}</zs:recordData></zs:record></zs:explainResponse>`;
}
