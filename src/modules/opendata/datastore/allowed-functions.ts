/**
 * The functions datastore_search_sql may call (CKAN keeps such a list in `allowed_functions.txt`):
 * arithmetic, text, date, aggregate, window and full-text functions that only compute a value from
 * their arguments. Nothing that reads files, settings, other tables or sessions, sleeps, signals
 * another process, or changes state (`set_config`, `pg_sleep`, `pg_terminate_backend`, `query_to_xml`,
 * `dblink`, `lo_*`, `nextval` are NOT here). A function not listed is refused before the query runs.
 */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set(
  // numbers
  (
    'abs ceil ceiling floor round trunc sign sqrt cbrt power pow exp ln log log10 mod div width_bucket pi degrees radians ' +
    'sin cos tan asin acos atan atan2 to_number random_normal ' +
    // text
    'lower upper initcap length char_length character_length octet_length substr substring left right trim btrim ltrim rtrim ' +
    'replace translate split_part concat concat_ws position strpos lpad rpad reverse repeat starts_with format to_char md5 ' +
    'regexp_replace regexp_match regexp_matches regexp_split_to_array string_to_array array_to_string unaccent ' +
    // dates and times
    'to_date to_timestamp date_trunc date_part date_bin age make_date make_time make_timestamp make_interval justify_days justify_hours isfinite ' +
    // aggregates and window functions
    'count sum avg min max stddev stddev_pop stddev_samp variance var_pop var_samp corr covar_pop covar_samp regr_slope regr_intercept ' +
    'string_agg array_agg bool_and bool_or every json_agg jsonb_agg json_object_agg jsonb_object_agg percentile_cont percentile_disc mode ' +
    'row_number rank dense_rank percent_rank cume_dist ntile lag lead first_value last_value nth_value ' +
    // arrays and JSON built from the row
    'array_length cardinality unnest array_position array_remove json_build_object jsonb_build_object json_build_array jsonb_build_array ' +
    'to_json to_jsonb row_to_json jsonb_extract_path_text json_extract_path_text generate_series ' +
    // full text
    'to_tsvector to_tsquery plainto_tsquery phraseto_tsquery websearch_to_tsquery ts_rank ts_rank_cd ts_headline'
  ).split(' '),
);
