import { ASSET_VERSION } from '../../../kernel/views';
import { berlinTime } from '../../../kernel/time';
import { API_PATHS } from '../paths';
import type { DisplayData } from './display-data';

/** Seconds between two reloads of the page without JavaScript (with it, the script asks this often). */
export const DISPLAY_REFRESH_SECONDS = 12;

/**
 * The waiting room's screen: the last called numbers with their counter, the newest first and
 * largest, and how many wait. `call-display.js` updates it from the API's display data and
 * announces a new call in the polite live region; without JavaScript the page reloads itself. The
 * earlier calls are hidden until there is one (the script shows them when they come).
 */
export function DisplayPage({ data }: { data: DisplayData }) {
  const [newest, ...earlier] = data.calls;
  return (
    <div class="call-display" data-call-display={API_PATHS.display(data.location.slug)} data-call-display-seconds={DISPLAY_REFRESH_SECONDS}>
      <h1 class="call-display__title">Aufruf: {data.location.name}</h1>
      <section aria-labelledby="call-display-now" class="call-display__now">
        <h2 id="call-display-now">Jetzt bitte</h2>
        <p class="call-display__newest" data-call-newest>
          {newest ? <CallLine ticket={newest.ticket} counter={newest.counter} /> : 'Noch niemand aufgerufen.'}
        </p>
      </section>
      <section aria-labelledby="call-display-earlier" hidden={earlier.length === 0} data-call-earlier-part>
        <h2 id="call-display-earlier">Zuvor aufgerufen</h2>
        <ol class="call-display__calls" data-call-earlier>
          {earlier.map((call) => (
            <li>
              <CallLine ticket={call.ticket} counter={call.counter} />
            </li>
          ))}
        </ol>
      </section>
      <p class="call-display__waiting">
        Wartende: <strong data-call-waiting>{data.waiting}</strong>
      </p>
      <p class="call-display__updated">
        Stand: <span data-call-updated>{berlinTime(new Date(data.updatedAt))}</span> Uhr. Die Anzeige aktualisiert sich von selbst.
      </p>
      <p class="visually-hidden" aria-live="polite" data-call-live></p>
      <script src={`/assets/call-display.js?v=${ASSET_VERSION}`} defer />
    </div>
  );
}

/** "A 017 → Platz 2": the arrow is read as "bitte zu". */
function CallLine({ ticket, counter }: { ticket: string; counter: string }) {
  return (
    <>
      <span class="call-display__ticket">{ticket}</span> <span aria-hidden="true">→</span>
      <span class="visually-hidden">bitte zu</span> <span class="call-display__counter">{counter}</span>
    </>
  );
}
