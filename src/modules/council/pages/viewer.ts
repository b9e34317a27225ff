import type { Actor } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db/types';
import { berlinDay } from '../../../kernel/time';
import { councilViewerOf, maySeeNonPublic, PUBLIC_VIEWER, type CouncilViewer } from '../policies';

/**
 * Who looks at a page, for the non-public parts (policies.ts). Visitors without an account cost no
 * query: that is every anonymous page the kernel's page cache keeps, and it never holds a page
 * rendered for someone logged in (it stores only pages without a user).
 */
export function viewerOf(actor: Actor, db: Executor, now = new Date()): Promise<CouncilViewer> {
  return actor ? councilViewerOf(actor, db, berlinDay(now)) : Promise.resolve(PUBLIC_VIEWER);
}

/** An object that is public, or non-public but of Gremien the viewer may see. */
export function visibleTo(viewer: CouncilViewer, object: { public: boolean }, organizationIds: readonly string[]): boolean {
  return object.public || maySeeNonPublic(viewer, organizationIds);
}
