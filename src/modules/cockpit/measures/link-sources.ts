import type { LinkTarget, LinkTargetSource, ModuleDeps } from '../../../kernel/module';

/** A kind of object measures may name, as the forms offer it: `key` is `<module>:<kind>`. */
export interface LinkKind {
  key: string;
  module: string;
  kind: string;
  label: string;
  source: LinkTargetSource;
}

/** A stored link with what its module says about the object now; `target` is missing when it vanished or is no longer public. */
export interface ShownLink {
  module: string;
  kind: string;
  targetId: string;
  kindLabel: string;
  target: LinkTarget | undefined;
}

/** Every registered module's `linkTargets`, in module order. */
export function linkKinds(modules: ModuleDeps['modules']): LinkKind[] {
  return modules.flatMap((module) =>
    (module.linkTargets ?? []).map((source) => ({ key: `${module.id}:${source.kind}`, module: module.id, kind: source.kind, label: source.label, source })),
  );
}

export function findLinkKind(modules: ModuleDeps['modules'], key: string): LinkKind | undefined {
  return linkKinds(modules).find((kind) => kind.key === key);
}

/** Every table the link sources read, for the page cache of pages that show links. */
export function linkTables(modules: ModuleDeps['modules']): string[] {
  return [...new Set(linkKinds(modules).flatMap((kind) => kind.source.tables))];
}

/**
 * Asks each module once per kind for the current titles and pages of the linked objects. A link of a
 * module that is no longer registered, or to an object that is gone, keeps its row without a target.
 */
export async function resolveLinks(links: ReadonlyArray<{ module: string; kind: string; targetId: string }>, deps: ModuleDeps): Promise<ShownLink[]> {
  const kinds = linkKinds(deps.modules);
  const found = new Map<string, LinkTarget>();
  for (const kind of kinds) {
    const ids = links.filter((link) => link.module === kind.module && link.kind === kind.kind).map((link) => link.targetId);
    if (ids.length === 0) continue;
    for (const target of await kind.source.byIds(ids, deps)) found.set(`${kind.key}:${target.id}`, target);
  }
  return links.map((link) => {
    const key = `${link.module}:${link.kind}`;
    return {
      ...link,
      kindLabel: kinds.find((kind) => kind.key === key)?.label ?? link.kind,
      target: found.get(`${key}:${link.targetId}`),
    };
  });
}
