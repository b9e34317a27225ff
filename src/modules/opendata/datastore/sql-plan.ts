/** A node of `EXPLAIN (VERBOSE, FORMAT JSON)`'s plan, as far as the guard reads it. */
interface PlanNode {
  'Node Type'?: string;
  'Relation Name'?: string;
  Schema?: string;
  'Function Name'?: string;
  Plans?: PlanNode[];
}

export interface PlanFacts {
  /** Every table or view the plan reads, with its schema. */
  relations: Array<{ schema: string; name: string }>;
  /** Functions the plan scans as tables (`from generate_series(…)`). */
  functions: string[];
  /** The plan writes (a data-modifying CTE): ModifyTable or LockRows. */
  writes: boolean;
}

/** What a query plan reads, calls and writes, walked through every sub-plan (CKAN's `_parse_query_plan`). */
export function planFacts(plan: unknown): PlanFacts {
  const facts: PlanFacts = { relations: [], functions: [], writes: false };
  const visit = (node: PlanNode) => {
    if (node['Relation Name']) facts.relations.push({ schema: node.Schema ?? '', name: node['Relation Name'] });
    if (node['Function Name']) facts.functions.push(node['Function Name']);
    if (node['Node Type'] === 'ModifyTable' || node['Node Type'] === 'LockRows') facts.writes = true;
    for (const child of node.Plans ?? []) visit(child);
  };
  const root = (Array.isArray(plan) ? plan[0] : undefined) as { Plan?: PlanNode } | undefined;
  if (!root?.Plan) throw new Error('EXPLAIN answered no plan');
  visit(root.Plan);
  return facts;
}
