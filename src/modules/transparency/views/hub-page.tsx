import { LinkCards } from '../../../kernel/views';
import type { NavItem } from '../../../kernel/views/context';

/** `/transparenz`: what the town makes public, one card per area with its own pages. */
export function HubPage({ entries }: { entries: NavItem[] }) {
  return (
    <>
      <h1>Transparenz</h1>
      <p class="lead">
        Hier zeigt die Stadt, was sie weiß, was der Rat berät und beschließt und wie die Verwaltung digital wird. Alles ist öffentlich: Sie können es ohne
        Anmeldung ansehen, herunterladen und weiterverwenden.
      </p>
      <LinkCards cards={entries} titleLevel={2} />
    </>
  );
}
