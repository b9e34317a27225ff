/** An active filter of a list, shown as a chip that links to the list without it. */
export interface FilterChip {
  label: string;
  /** The list without this filter. */
  href: string;
}

/** The active filters above a list's results, each removable, and all at once when there are several. */
export function FilterChips({ chips, clearHref }: { chips: readonly FilterChip[]; clearHref: string }) {
  if (chips.length === 0) return null;
  return (
    <ul class="filter-chips" aria-label="Aktive Filter">
      {chips.map((chip) => (
        <li key={chip.href}>
          <a class="filter-chip" href={chip.href}>
            {chip.label}
            <span class="visually-hidden"> – Filter entfernen</span>
            <span class="filter-chip__remove" aria-hidden="true">
              ×
            </span>
          </a>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <a class="filter-chips__clear" href={clearHref}>
            Alle Filter entfernen
          </a>
        </li>
      )}
    </ul>
  );
}
