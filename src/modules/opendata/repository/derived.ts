import { sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { datasets, organizations, resources, searchWords } from '../tables';

/**
 * Recomputes what searches read of the given datasets, in the transaction of the write that
 * changed them (a dataset, its organisation or its distributions):
 * - `facet_keys`: `organization:<name>`, `tags:<tag>`, `groups:<theme, lower case as CKAN's groups>`,
 *   `license_id:<id>`, `res_format:<format>`: a facet filter is one `@>` the GIN index answers, and
 *   facet counts unnest one array per hit instead of joining three tables;
 * - `search`: German full text, title and keywords weighted highest, then the description, the
 *   publisher and the distributions' names;
 * - `opendata_search_words`: the words of title and keywords while the dataset is public (published and
 *   not private), the vocabulary of the search page's typo suggestions (`repository/suggest.ts`).
 */
export async function refreshDerivedColumns(tx: Executor, datasetIds: readonly string[]): Promise<void> {
  if (datasetIds.length === 0) return;
  const ids = sql.join(
    datasetIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  await tx.execute(sql`
    update ${datasets} d set
      facet_keys = array(
        select distinct key from (
          select 'organization:' || o.name as key
          union all select 'tags:' || tag from unnest(d.tags) tag
          union all select 'groups:' || lower(theme) from unnest(d.themes) theme
          union all select 'license_id:' || d.license_id
          union all select 'res_format:' || r.format from ${resources} r where r.dataset_id = d.id
        ) keys order by key
      ),
      search = setweight(to_tsvector('german', d.title || ' ' || array_to_string(d.tags, ' ')), 'A')
        || setweight(to_tsvector('german', d.notes), 'B')
        || setweight(to_tsvector('german', o.title), 'C')
        || setweight(to_tsvector('german', coalesce((select string_agg(r.name || ' ' || r.description, ' ') from ${resources} r where r.dataset_id = d.id), '')), 'D')
    from ${organizations} o
    where o.id = d.organization_id and d.id in (${ids})`);
  await tx.execute(sql`delete from ${searchWords} where dataset_id in (${ids})`);
  await tx.execute(sql`
    insert into ${searchWords} (dataset_id, word)
    select distinct d.id, word from ${datasets} d, ${WORDS_OF_TITLE_AND_TAGS} word
    where d.id in (${ids}) and d.state = 'active' and not d.private and word <> ''`);
}

/**
 * The lower-case words of `d`'s title and keywords, split as the kernel's `wordsOf` splits a search
 * (runs of letters and digits). Under the ICU collation `lower` and `[:alnum:]` know umlauts and ß;
 * under the database's default `C` they would know ASCII only. The migration that created the table
 * filled it with the same expression.
 */
const WORDS_OF_TITLE_AND_TAGS = sql.raw(`regexp_split_to_table(lower((d.title || ' ' || array_to_string(d.tags, ' ')) collate "und-x-icu"), '[^[:alnum:]]+')`);
