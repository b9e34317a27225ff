import { formatDate } from '../../../../kernel/views';
import { MapWithList } from '../../../../kernel/views/map';
import { PAGE_PATHS } from '../../paths';
import { meetingTitle, paperTitle } from '../presenters';
import type { MapPlace } from '../use-cases/council-map';

/**
 * `/rat/karte`: the kernel's server-drawn map of the places, and beside it this page's own numbered
 * list (the same numbers), with what happened at each place linked: the map's accessible alternative.
 */
export function MapPage({ places }: { places: MapPlace[] }) {
  return (
    <>
      <h1>Karte der Ratsinformation</h1>
      <p class="lead">Wo Sitzungen stattfinden und welche Orte Vorlagen betreffen. Zu jedem Ort stehen die neuesten Sitzungen und Vorlagen in der Liste.</p>
      <MapWithList
        id="rat-karte"
        title="Orte"
        features={places.map((place) => place.feature)}
        listedAt={{ href: '#orte', text: 'Zur Liste der Orte mit Sitzungen und Vorlagen' }}
      />
      <h2 id="orte">{`Orte: ${places.length}`}</h2>
      {places.length === 0 ? (
        <p>Für Sitzungen und Vorlagen sind noch keine Orte mit Lage eingetragen.</p>
      ) : (
        <ol class="map-list">
          {places.map((place) => (
            <li class="map-list__item">
              <h3 class="map-list__name">{place.name}</h3>
              {!place.feature.geometry && <p>Die Lage dieses Ortes lässt sich nicht auf der Karte zeigen.</p>}
              {place.meetings.length > 0 && (
                <>
                  <p>Sitzungen:</p>
                  <ul class="list">
                    {place.meetings.map((meeting) => (
                      <li>
                        <a href={PAGE_PATHS.meeting(meeting.id)}>{meetingTitle(meeting)}</a>
                        {meeting.start ? ` am ${formatDate(meeting.start)}` : ''}
                        {meeting.cancelled ? ' (abgesagt)' : ''}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {place.papers.length > 0 && (
                <>
                  <p>Vorlagen:</p>
                  <ul class="list">
                    {place.papers.map((paper) => (
                      <li>
                        <a href={PAGE_PATHS.paper(paper.id)}>{[paper.reference, paperTitle(paper)].filter(Boolean).join(': ')}</a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
