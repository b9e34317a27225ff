import { VHS_PATHS } from './paths';
import type { CourseDetail } from './repository';
import type { CourseFormat } from './tables';

/** schema.org's `courseMode` values for our formats. */
const COURSE_MODES: Record<CourseFormat, string> = { in_person: 'onsite', online: 'online', hybrid: 'blended' };

const euros = (cents: number) => (cents / 100).toFixed(2);

/** The time of all sessions that take place, as an ISO 8601 duration (`PT12H30M`): schema.org's `courseWorkload`. */
function workload(sessions: CourseDetail['sessions']): string {
  const minutes = sessions
    .filter((session) => !session.cancelled)
    .reduce((sum, session) => sum + (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000, 0);
  const whole = Math.round(minutes);
  return `PT${Math.floor(whole / 60)}H${whole % 60 > 0 ? `${whole % 60}M` : ''}`;
}

/**
 * schema.org `Course` with one `CourseInstance` (search engines show courses with dates, mode,
 * place and price from it): the place as a `Place` with its address, a webinar as a
 * `VirtualLocation` that is the course page (never a join link), the fee as an `Offer` in EUR, a
 * cancelled course as `EventCancelled`.
 */
export function courseStructuredData({ course, area, place, sessions }: CourseDetail, baseUrl: string, institution: string): object {
  const url = `${baseUrl}${VHS_PATHS.course(course.slug)}`;
  const provider = { '@type': 'EducationalOrganization', name: institution, url: `${baseUrl}${VHS_PATHS.catalogue}` };
  const freePlaces = Math.max(course.maxParticipants - course.seatsTaken, 0);
  const offer = {
    '@type': 'Offer',
    category: course.feeCents === 0 ? 'Free' : 'Paid',
    price: euros(course.feeCents),
    priceCurrency: 'EUR',
    url,
    availability: `https://schema.org/${course.state === 'cancelled' ? 'Discontinued' : freePlaces > 0 ? 'InStock' : 'SoldOut'}`,
    validThrough: course.bookingClosesAt.toISOString(),
  };
  const places: object[] = [];
  if (place) {
    places.push({
      '@type': 'Place',
      name: place.name,
      address: { '@type': 'PostalAddress', streetAddress: place.street, postalCode: place.postcode, addressLocality: place.city, addressCountry: 'DE' },
    });
  }
  if (course.format !== 'in_person') places.push({ '@type': 'VirtualLocation', url });
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    '@id': url,
    url,
    name: course.title,
    description: course.summary,
    courseCode: course.number,
    about: area.name,
    inLanguage: 'de',
    provider,
    offers: offer,
    hasCourseInstance: [
      {
        '@type': 'CourseInstance',
        name: course.title,
        courseMode: COURSE_MODES[course.format],
        courseWorkload: workload(sessions),
        startDate: course.startsAt.toISOString(),
        endDate: course.endsAt.toISOString(),
        eventStatus: `https://schema.org/${course.state === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
        eventAttendanceMode: `https://schema.org/${{ in_person: 'Offline', online: 'Online', hybrid: 'Mixed' }[course.format]}EventAttendanceMode`,
        location: places.length === 1 ? places[0] : places,
        instructor: { '@type': 'Person', name: course.instructor },
        organizer: provider,
        maximumAttendeeCapacity: course.maxParticipants,
        remainingAttendeeCapacity: freePlaces,
        offers: offer,
      },
    ],
  };
}
