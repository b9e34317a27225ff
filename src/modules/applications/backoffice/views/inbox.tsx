import { FilterChips, Pagination } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import { inboxFilterChips } from '../presenters';
import { COUNT_CAP } from '../inbox-query';
import { inboxQuery } from '../schemas';
import type { InboxData } from '../use-cases/list-inbox';
import { InboxFilterForm } from './inbox-filters';
import { InboxTable } from './inbox-table';

function countText(total: number): string {
  if (total > COUNT_CAP) return `mehr als ${COUNT_CAP.toLocaleString('de-DE')} Anträge`;
  return total === 1 ? '1 Antrag' : `${total.toLocaleString('de-DE')} Anträge`;
}

/** Each active filter as a link to the same list without it; "Alle entfernen" when there are several. */
/**
 * Back office: the applications of the actor's departments, laid out for working through a list:
 * the count and the table first, the filters in a panel beside them (a disclosure on narrow screens).
 */
export function InboxPage({ rows, total, filters, pageCount, services, colleagues }: InboxData) {
  const serviceNames = new Map(services.map((service) => [service.slug, service.name]));
  const chips = inboxFilterChips(filters, {
    services: serviceNames,
    colleagues: new Map(colleagues.map((colleague) => [colleague.id, colleague.displayName])),
  });
  return (
    <>
      <h1>Anträge bearbeiten</h1>
      <div class="filter-layout">
        <InboxFilterForm filters={filters} services={services} colleagues={colleagues} activeCount={chips.length} />
        <div class="filter-results">
          <FilterChips chips={chips} clearHref={PATHS.inbox} />
          <InboxTable
            caption={`Gefunden: ${countText(total)}${pageCount > 1 ? `, Seite ${filters.page} von ${pageCount}` : ''}`}
            rows={rows}
            filters={filters}
            serviceNames={serviceNames}
          />
          <Pagination page={filters.page} pageCount={pageCount} hrefFor={(page) => `${PATHS.inbox}${inboxQuery(filters, page)}`} />
        </div>
      </div>
    </>
  );
}
