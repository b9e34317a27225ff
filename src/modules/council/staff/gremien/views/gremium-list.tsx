import { ButtonLink, StatusTag, Table } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import { dayText } from '../../entry/fields';
import type { GremiumRow } from '../repository';

/** Gremien, Fraktionen and other organisations of the council, entered here or imported. */
export function GremiumListPage({ gremien }: { gremien: GremiumRow[] }) {
  return (
    <>
      <h1>Gremien</h1>
      <p class="lead">Rat, Ausschüsse, Beiräte und Fraktionen. Sie erscheinen unter „Rat“ und in der OParl-Schnittstelle.</p>
      <ButtonLink href={STAFF_ENTRY_PATHS.newGremium}>Gremium hinzufügen</ButtonLink>
      <Table<GremiumRow>
        caption={`Gremien (${gremien.length})`}
        columns={[
          { header: 'Name', cell: (row) => <a href={STAFF_ENTRY_PATHS.gremium(row.id)}>{row.name ?? row.slug}</a> },
          { header: 'Kurzbezeichnung', cell: (row) => row.shortName ?? '' },
          { header: 'Art', cell: (row) => [row.organizationType, row.classification].filter(Boolean).join(', ') },
          { header: 'Zeitraum', cell: (row) => [dayText(row.startDate), dayText(row.endDate)].filter(Boolean).join(' bis ') },
          { header: 'Mitglieder', cell: (row) => row.memberCount, numeric: true },
          { header: 'Herkunft', cell: (row) => (row.sourceId ? <StatusTag kind="info">importiert</StatusTag> : 'von Hand') },
        ]}
        rows={gremien}
        empty="Es sind noch keine Gremien eingetragen."
      />
    </>
  );
}
