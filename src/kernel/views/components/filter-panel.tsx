import type { ComponentChildren } from 'preact';

interface FilterPanelProps {
  /** What the toggle says on narrow screens, e.g. "Filter"; the number of active filters is added. */
  title: string;
  activeCount: number;
  /** Open on narrow screens too (a search page whose form is the first thing to use). */
  open?: boolean;
  children: ComponentChildren;
}

/**
 * The filters beside a list (docs/design.md, "Lists"): always shown on wide screens, a disclosure on
 * narrow ones that says how many filters are active.
 */
export function FilterPanel({ title, activeCount, open, children }: FilterPanelProps) {
  return (
    <details class="filter-panel" open={open}>
      <summary class="filter-panel__toggle">
        {title}
        {activeCount > 0 ? ` (${activeCount} aktiv)` : ''}
      </summary>
      <div class="filter-panel__body">{children}</div>
    </details>
  );
}
