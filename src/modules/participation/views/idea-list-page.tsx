import { Button, ButtonLink, Form, formatDate, Pagination, SelectField, StatusTag } from '../../../kernel/views';
import { PATHS } from '../paths';
import { IDEA_STATUS_LABELS, IDEA_STATUS_TAGS, supportLabel } from '../presenters';
import { IDEA_STATUSES } from '../tables';
import type { ListQuery } from '../schemas';
import type { IdeaList } from '../use-cases/list-ideas';

/** The list's URL for a query: defaults left out, so the first page has one address. */
export function listHref(query: Partial<ListQuery>): string {
  const params = new URLSearchParams();
  if (query.sortierung && query.sortierung !== 'neueste') params.set('sortierung', query.sortierung);
  if (query.status) params.set('status', query.status);
  if (query.massnahme) params.set('massnahme', query.massnahme);
  if (query.seite && query.seite > 1) params.set('seite', String(query.seite));
  const search = params.toString();
  return search ? `${PATHS.public}?${search}` : PATHS.public;
}

function countLabel(total: number): string {
  return total === 1 ? '1 Vorschlag' : `${total.toLocaleString('de-DE')} Vorschläge`;
}

/** "Mitmachen": the citizens' ideas for the digital city, newest or most supported, filtered by measure and status. */
export function IdeaListPage({ list, town, digitalisationHref }: { list: IdeaList; town: string; digitalisationHref: string }) {
  const { query, items, total, pageCount, measures } = list;
  return (
    <>
      <h1>Mitmachen: Ihre Vorschläge für das digitale {town}</h1>
      <p class="lead">
        Was soll die Stadt digital besser machen? Reichen Sie Vorschläge ein, unterstützen und kommentieren Sie die Vorschläge anderer. Die Stadtverwaltung
        antwortet und greift gute Vorschläge in ihren <a href={digitalisationHref}>Maßnahmen der Digitalisierung</a> auf.
      </p>
      <ButtonLink href={PATHS.newIdea}>Vorschlag einreichen</ButtonLink>
      <Form action={PATHS.public} method="get" label="Vorschläge filtern">
        <SelectField
          name="massnahme"
          label="Maßnahme"
          value={query.massnahme ?? ''}
          options={[{ value: '', label: 'Alle Maßnahmen' }, ...measures.map((measure) => ({ value: measure.slug, label: measure.title }))]}
        />
        <SelectField
          name="status"
          label="Stand"
          value={query.status ?? ''}
          options={[{ value: '', label: 'Jeder Stand' }, ...IDEA_STATUSES.map((status) => ({ value: status, label: IDEA_STATUS_LABELS[status] }))]}
        />
        <SelectField
          name="sortierung"
          label="Reihenfolge"
          value={query.sortierung}
          options={[
            { value: 'neueste', label: 'Neueste zuerst' },
            { value: 'unterstuetzt', label: 'Meiste Unterstützung zuerst' },
          ]}
        />
        <Button variant="secondary">Anzeigen</Button>
      </Form>
      <h2 aria-live="polite">Gefunden: {countLabel(total)}</h2>
      {items.length === 0 ? (
        <p>Zu dieser Auswahl gibt es noch keinen Vorschlag.</p>
      ) : (
        <ul class="idea-list">
          {items.map((item) => (
            <li key={item.id} class="idea-list__item">
              <h3>
                <a href={PATHS.idea(item.id)}>{item.title}</a>
              </h3>
              <p>
                <StatusTag kind={IDEA_STATUS_TAGS[item.status]}>{IDEA_STATUS_LABELS[item.status]}</StatusTag> {supportLabel(item.supportCount)},{' '}
                {item.commentCount === 1 ? '1 Kommentar' : `${item.commentCount} Kommentare`}, eingereicht am {formatDate(item.createdAt)}
                {item.measure ? `, Maßnahme: ${item.measure.title}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={query.seite} pageCount={pageCount} hrefFor={(seite) => listHref({ ...query, seite })} />
    </>
  );
}
