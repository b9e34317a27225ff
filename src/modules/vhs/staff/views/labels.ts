import type { TagKind } from '../../../../kernel/views';
import { formatDateTime } from '../../../../kernel/views';
import type { CourseFormat, CourseState } from '../../tables/catalogue';

export const STATE_LABELS: Record<CourseState, string> = { draft: 'Entwurf', published: 'Veröffentlicht', cancelled: 'Abgesagt' };
export const STATE_KINDS: Record<CourseState, TagKind> = { draft: 'neutral', published: 'success', cancelled: 'danger' };
export const FORMAT_LABELS: Record<CourseFormat, string> = { in_person: 'Präsenz', online: 'Online', hybrid: 'Hybrid' };

/** "04.03.2027" and "18:00" in Berlin, as the session form asks for them. */
export function dayAndTime(date: Date): { day: string; time: string } {
  const [day = '', time = ''] = formatDateTime(date).replace(' Uhr', '').split(', ');
  return { day, time };
}

/** "04.03.2027, 18:00 bis 19:30 Uhr" */
export function sessionSpan(startsAt: Date, endsAt: Date): string {
  const start = dayAndTime(startsAt);
  const end = dayAndTime(endsAt);
  return start.day === end.day ? `${start.day}, ${start.time} bis ${end.time} Uhr` : `${start.day}, ${start.time} Uhr bis ${end.day}, ${end.time} Uhr`;
}
