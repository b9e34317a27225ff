/** One card: where it leads, its title and a sentence about it (a navigation entry fits as it is). */
export interface LinkCard {
  href: string;
  label: string;
  description?: string;
  /**
   * The link's own words on a line of their own below the description ("Alle Anträge ansehen");
   * the title is then plain text. Without them the title is the link.
   */
  linkLabel?: string;
  /** Further links below the description, such as the areas a hub leads to. */
  below?: readonly { href: string; label: string }[];
}

/**
 * Cards in a grid, each titled by a heading of `titleLevel`: 2 when the cards follow the page's h1,
 * 3 inside a section under its h2, so the headings of every page stay in order.
 */
export function LinkCards({ cards, titleLevel }: { cards: readonly LinkCard[]; titleLevel: 2 | 3 }) {
  const Title = titleLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="card-list">
      {cards.map((card) => (
        <li key={card.href} class="card">
          <Title class="card__title">{card.linkLabel ? card.label : <a href={card.href}>{card.label}</a>}</Title>
          {card.description && <p>{card.description}</p>}
          {card.linkLabel && (
            <p>
              <a href={card.href}>{card.linkLabel}</a>
            </p>
          )}
          {card.below && card.below.length > 0 && (
            <ul>
              {card.below.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
