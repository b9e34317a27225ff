import { usePageContext } from '../../../kernel/views';
import { SERVICE_PATHS } from '../paths';
import type { CatalogueQuery } from '../schemas';
import type { ServiceHit } from '../search';
import { ServiceList } from './service-list';

/** "Keine Leistung gefunden": what to try next, and what can be done online right away. */
export function NoResults({ query, suggestions }: { query: CatalogueQuery; suggestions: readonly ServiceHit[] }) {
  const { contact } = usePageContext().municipality;
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">Keine Leistung gefunden</h2>
      <p>{query.q ? `Zu „${query.q}“ haben wir keine Leistung gefunden.` : 'Zu dieser Auswahl haben wir keine Leistung gefunden.'} Sie können:</p>
      <ul>
        <li>die Schreibweise prüfen oder ein allgemeineres Wort verwenden, zum Beispiel „Ausweis“ statt „Ausweisverlängerung“,</li>
        <li>nur ein Wort eingeben, zum Beispiel „Hund“ oder „Gewerbe“,</li>
        {(query.lebenslage || query.fachbereich) && <li>die Auswahl bei Lebenslage oder Fachbereich aufheben,</li>}
        <li>
          <a href={SERVICE_PATHS.list}>alle Leistungen von A bis Z ansehen</a>.
        </li>
      </ul>
      <p>
        Wenn Sie nicht finden, was Sie suchen, helfen wir Ihnen gerne: Telefon <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>,
        E-Mail <a href={`mailto:${contact.email}`}>{contact.email}</a>.
      </p>
      {suggestions.length > 0 && (
        <>
          <h2>Das können Sie online erledigen</h2>
          <ServiceList hits={suggestions} />
        </>
      )}
    </section>
  );
}
