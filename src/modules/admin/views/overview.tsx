export interface Area {
  href: string;
  label: string;
  description: string;
}

export function OverviewPage({ areas }: { areas: Area[] }) {
  return (
    <>
      <h1>Verwaltung</h1>
      {areas.length === 0 ? (
        <p class="lead">
          Für Ihr Konto sind hier noch keine Bereiche freigeschaltet. Wenn Sie Zugriff brauchen, wenden Sie sich an die Administration des Portals.
        </p>
      ) : (
        <ul class="card-list">
          {areas.map((area) => (
            <li class="card">
              <h2 class="card__title">
                <a href={area.href}>{area.label}</a>
              </h2>
              <p>{area.description}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
