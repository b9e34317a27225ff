import { Table } from '../../../kernel/views';
import { ChartWithTable } from '../../../kernel/views/charts';
import { MapWithList } from '../../../kernel/views/map';
import type { Preview } from '../previews';
import type { Resource } from '../tables';

/** A distribution's preview: a map with its list, a chart with its table, or the first rows; else why there is none. */
export function PreviewOf({ resource, preview }: { resource: Resource; preview: Preview }) {
  switch (preview.kind) {
    case 'map':
      return <MapWithList id={`karte-${resource.id}`} title={resource.name} features={preview.features} />;
    case 'table':
      return (
        <>
          {preview.chart ? (
            <ChartWithTable
              id={`diagramm-${resource.id}`}
              kind={preview.chart.kind}
              title={resource.name}
              labelHeader={preview.chart.labelColumn}
              labels={preview.chart.labels}
              series={preview.chart.series}
            />
          ) : (
            <Table<string[]>
              caption={`Die ersten ${preview.rows.length} Zeilen`}
              rows={preview.rows}
              columns={preview.columns.map((column, index) => ({ header: column, cell: (row) => row[index] }))}
            />
          )}
          <p>
            {preview.total > preview.rows.length
              ? `Die Vorschau zeigt ${preview.rows.length} von ${preview.total.toLocaleString('de-DE')} Zeilen.`
              : `Die Tabelle hat ${preview.total.toLocaleString('de-DE')} Zeilen.`}
          </p>
        </>
      );
    default:
      return <p>{preview.reason}</p>;
  }
}
