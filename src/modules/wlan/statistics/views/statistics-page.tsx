import { SummaryList } from '../../../../kernel/views';
import { ChartWithTable } from '../../../../kernel/views/charts';
import { PATHS } from '../../paths';
import type { CoverageStatistics } from '../use-cases/show-statistics';

const MONTH = new Intl.DateTimeFormat('de-DE', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthLabel = (month: string) => MONTH.format(new Date(`${month}T00:00:00Z`));
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** /wlan/statistik: how free WiFi in the municipality grows, as charts with their numbers beside them. */
export function StatisticsPage({ current, months, town }: CoverageStatistics & { town: string }) {
  const labels = months.map((row) => monthLabel(row.month));
  return (
    <>
      <h1>Freies WLAN in Zahlen</h1>
      <p class="lead">
        Wie das freie WLAN in {town} wächst: die Knoten der Freifunk-Community und die Hotspots der Stadt und ihrer Gesellschaften. Gezählt wird nur, was im
        Stadtgebiet steht.
      </p>
      <h2>Heute</h2>
      <SummaryList
        rows={[
          { key: 'Freifunk-Knoten im Stadtgebiet', value: current.freifunkInside },
          { key: 'Hotspots der Stadt und ihrer Gesellschaften', value: current.ownInside },
          { key: 'Davon gerade online', value: current.online },
          { key: 'Gerade verbundene Geräte', value: current.clients },
          { key: 'Freifunk-Knoten knapp außerhalb (nicht mitgezählt)', value: current.outside },
        ]}
      />
      {months.length === 0 ? (
        <p>Für die Entwicklung über die Monate gibt es noch keine Daten. Sie entstehen mit jedem Import der Freifunk-Karte.</p>
      ) : (
        <>
          <h2>Hotspots je Monat</h2>
          <ChartWithTable
            id="hotspots"
            kind="line"
            title="Hotspots im Stadtgebiet je Monat"
            labelHeader="Monat"
            labels={labels}
            series={[
              { name: 'Freifunk', values: months.map((row) => row.freifunk) },
              { name: 'Stadt und Gesellschaften', values: months.map((row) => row.own) },
            ]}
          />
          <h2>Erreichbarkeit</h2>
          <ChartWithTable
            id="online"
            kind="bar"
            title="Anteil der Zeit, in der die Hotspots online waren"
            labelHeader="Monat"
            unit="%"
            labels={labels}
            series={[{ name: 'Online', values: months.map((row) => percent(row.onlineShare)) }]}
          />
          <h2>Nutzung</h2>
          <ChartWithTable
            id="geraete"
            kind="line"
            title="Verbundene Geräte je Tag, Mittel des Monats"
            labelHeader="Monat"
            labels={labels}
            series={[{ name: 'Geräte', values: months.map((row) => oneDecimal(row.clientsPerDay)) }]}
          />
        </>
      )}
      <h2>Wie gezählt wird</h2>
      <p>
        Die Freifunk-Karte wird regelmäßig abgefragt. Für jeden Hotspot und Tag wird festgehalten, ob er an diesem Tag online war und wie viele Geräte höchstens
        gleichzeitig verbunden waren. Ein Monat zählt jeden Hotspot, der in ihm mindestens einen Tag gesehen wurde. Personenbezogene Daten werden dafür nicht
        erhoben.
      </p>
      <p>
        <a href={PATHS.public}>Zur Karte und Liste der Hotspots</a>
      </p>
    </>
  );
}
