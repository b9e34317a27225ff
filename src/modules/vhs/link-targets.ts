import { inArray } from 'drizzle-orm';
import { linkTargetSource } from '../../kernel/db';
import { VHS_PATHS } from './paths';
import { vhsCourses } from './tables';

/** Courses with a public page (published or cancelled, not drafts) as objects the cockpit's measures name. */
export const courseLinkTargets = linkTargetSource({
  kind: 'course',
  label: 'Kurse der Volkshochschule',
  table: vhsCourses,
  id: vhsCourses.id,
  title: vhsCourses.title,
  pathKey: vhsCourses.slug,
  href: VHS_PATHS.course,
  visible: inArray(vhsCourses.state, ['published', 'cancelled']),
  tables: ['vhs_courses'],
});
