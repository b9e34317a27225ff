import { usePageContext } from '../../../kernel/views';

/** The portal's areas from the main navigation: where to look when searching did not help. */
function Areas() {
  const { navigation } = usePageContext();
  if (navigation.length === 0) return null;
  return (
    <ul>
      {navigation.map((item) => (
        <li>
          <a href={item.href}>{item.label}</a>
        </li>
      ))}
    </ul>
  );
}

/** Before the first search: what can be found, and the areas to browse instead. */
export function StartHere() {
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">Was Sie hier finden</h2>
      <p>
        Die Suche durchsucht alle Bereiche des Portals auf einmal, zum Beispiel die Leistungen der Stadtverwaltung. Sie können auch direkt in einem Bereich
        nachsehen:
      </p>
      <Areas />
    </section>
  );
}

/** "Keine Treffer": what to try next, the areas to browse, and who helps. */
export function NoHits({ q, searchedAll }: { q: string; searchedAll: boolean }) {
  const { contact } = usePageContext().municipality;
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">Keine Treffer</h2>
      <p>
        Zu „{q}“ haben wir {searchedAll ? 'in keinem Bereich etwas' : 'in den durchsuchten Bereichen nichts'} gefunden. Sie können:
      </p>
      <ul>
        <li>die Schreibweise prüfen oder ein allgemeineres Wort verwenden, zum Beispiel „Ausweis“ statt „Ausweisverlängerung“,</li>
        <li>weniger Wörter eingeben, zum Beispiel nur „Hund“ oder „Gewerbe“,</li>
        <li>in einem der Bereiche nachsehen:</li>
      </ul>
      <Areas />
      <p>
        Wenn Sie nicht finden, was Sie suchen, helfen wir Ihnen gerne: Telefon <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>,
        E-Mail <a href={`mailto:${contact.email}`}>{contact.email}</a>.
      </p>
    </section>
  );
}
