import { sql } from 'drizzle-orm';
import { keptAndUpdated, queryRows, type Executor } from '../../../kernel/db';
import { PaperIndexBuilder, type IndexedPaper, type PaperIndex } from './paper-index';

/**
 * Every table the search page shows: a committed change of any drops the pages cached for anonymous
 * visitors. The index itself is updated by the papers each change concerns (the module's migration
 * `paper-search-changes` notifies them).
 */
export const SEARCH_TABLES = [
  'council_papers',
  'council_files',
  'council_paper_files',
  'council_consultations',
  'council_consultation_organizations',
  'council_paper_organizations',
  'council_organizations',
] as const;

/**
 * Papers read per statement: bounds what PGlite must hold at once (file vectors can be tens of KB
 * each) and how long one statement keeps PGlite's one connection from the other requests.
 */
const LOAD_CHUNK = 250;

type LoadedPaper = [string, string | null, string | null, boolean, string[] | null, string, Array<[boolean, string, string]> | null];

/** JSON arrives parsed from PGlite and as text from some driver settings: read both. */
const parsed = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/**
 * One chunk of papers (not deleted) with their Gremien (consultations that are not deleted, and
 * underDirectionOf) and the vectors of their main and auxiliary files that are not deleted. The files
 * come without positions and weights (`strip`: a file's vector with positions is many times its
 * lexemes, and reading them cost seconds at 10,000 papers), their names' lexemes apart. They
 * are joined from their ids (main and auxiliary), an index lookup each: written as a condition on the
 * files with `or`, it read every file for every paper (minutes at 10,000 papers, bench/council).
 */
function chunkAfter(after: string | undefined, only?: readonly string[]) {
  return sql`select coalesce(json_agg(json_build_array(p.id, p.date, p.paper_type, p.public, (
        select json_agg(distinct o.organization_id) from (
          select co.organization_id from council_consultations c
            join council_consultation_organizations co on co.consultation_id = c.id
            where c.paper_id = p.id and not c.deleted
          union all
          select po.organization_id from council_paper_organizations po where po.paper_id = p.id and po.role = 'underDirectionOf'
        ) o
      ), p.search::text, (
        select json_agg(json_build_array(f.public, strip(f.search)::text, strip(to_tsvector('german', coalesce(f.name, '')))::text))
          from (select p.main_file_id as id union select pf.file_id from council_paper_files pf where pf.paper_id = p.id) ids
          join council_files f on f.id = ids.id where not f.deleted
      )) order by p.id), '[]') as "papers"
    from (select * from council_papers where not deleted ${after ? sql`and id > ${after}` : sql``}
      ${only ? sql`and id in (select value::uuid from json_array_elements_text(${JSON.stringify(only)}::json))` : sql``}
      order by id limit ${LOAD_CHUNK}) p`;
}

/** The papers (all, or those `only` names) that are not deleted, in chunks by id (no transaction: on PGlite it would hold the one connection all along). */
async function readPapers(db: Executor, add: (paper: IndexedPaper) => void, only?: readonly string[]): Promise<void> {
  for (let after: string | undefined; ;) {
    const [row] = await queryRows<{ papers: unknown }>(db, chunkAfter(after, only));
    const papers = parsed<LoadedPaper[]>(row?.papers ?? []);
    for (const [id, date, paperType, isPublic, organizationIds, search, files] of papers) {
      add({
        id,
        date,
        paperType,
        public: isPublic,
        organizationIds: organizationIds ?? [],
        search,
        files: (files ?? []).map(([open, words, name]) => ({ public: open, words, name })),
      });
    }
    if (papers.length < LOAD_CHUNK) return;
    after = papers.at(-1)![0];
  }
}

async function loadPaperIndex(db: Executor): Promise<PaperIndex> {
  const builder = new PaperIndexBuilder();
  await readPapers(db, (paper) => builder.add(paper));
  return builder.build();
}

/** The index with the changed papers read again (a deleted one is not found, so it leaves the index). */
async function updatePaperIndex(db: Executor, index: PaperIndex, changed: ReadonlySet<string>): Promise<PaperIndex> {
  const papers: IndexedPaper[] = [];
  await readPapers(db, (paper) => papers.push(paper), [...changed]);
  return index.replaced(changed, papers);
}

/**
 * The papers' search index, read once and then updated by the papers each committed change concerns
 * (kernel keptAndUpdated, ADR 20): after an import of a few papers the next search reads those, not
 * the 10,000 others. Searches arriving while it is read or updated share that one read.
 */
export const keptPaperIndex = keptAndUpdated({ notifies: 'council_paper_search', load: loadPaperIndex, update: updatePaperIndex });
