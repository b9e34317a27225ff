import type { Config } from '../../../kernel/config';
import { moduleSettings } from '../../../kernel/config';
import type { Executor } from '../../../kernel/db';
import { ICAL_CONTENT_TYPE } from '../../../kernel/ical';
import type { MailAttachment } from '../../../kernel/mail';
import { courseCalendar } from '../course-calendar';
import { findPublicCourse } from '../repository';
import { institutionSettings } from '../settings';
import type { VhsCourse } from '../tables';

/**
 * The course's sessions as the iCalendar file a confirmation mail carries: the same document as the
 * course page's `.ics` (same UIDs), so a later download or subscription updates the entries instead
 * of doubling them. Read in the booking's transaction; none for a course that is no longer public.
 */
export async function courseCalendarAttachment(tx: Executor, course: Pick<VhsCourse, 'slug'>, config: Config): Promise<MailAttachment[]> {
  const detail = await findPublicCourse(tx, course.slug);
  if (!detail) return [];
  const institution = moduleSettings({ config }, institutionSettings).name;
  return [
    {
      filename: `${course.slug}.ics`,
      contentType: ICAL_CONTENT_TYPE,
      content: courseCalendar(detail, { baseUrl: config.baseUrl, institution, now: new Date() }),
    },
  ];
}
