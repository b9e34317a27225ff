import { SummaryList, Table, type SummaryRow } from '../../../../kernel/views';
import { PAGE_PATHS } from '../../paths';
import type { OrganizationGroup } from '../organization-groups';
import { calendarDate, calendarHref, personName, webLink } from '../presenters';
import type { OrganizationRecord } from '../queries/organizations';
import type { OrganizationPage as Shown } from '../use-cases/show-organizations';
import { MeetingList } from './parts';

/** `/rat/gremien`: every organisation by group, each linked to its page. */
export function OrganizationsPage({ groups }: { groups: { group: OrganizationGroup; organizations: OrganizationRecord[] }[] }) {
  return (
    <>
      <h1>Gremien</h1>
      <p class="lead">Der Rat, seine Ausschüsse und Beiräte, die Fraktionen: wer Mitglied ist und wann sie tagen.</p>
      {groups.length === 0 && <p>Es sind noch keine Gremien eingetragen.</p>}
      {groups.map(({ group, organizations }) => (
        <>
          <h2>{group}</h2>
          <ul class="list">
            {organizations.map((org) => (
              <li>
                <a href={PAGE_PATHS.organization(org.slug)}>{org.name}</a>
                {org.shortName && org.shortName !== org.name ? ` (${org.shortName})` : ''}
              </li>
            ))}
          </ul>
        </>
      ))}
    </>
  );
}

/** `/rat/gremien/<slug>`: the Gremium's current members with their role, its next and latest meetings and its calendar. */
export function OrganizationPage({ page }: { page: Shown }) {
  const { organization, members } = page;
  const website = webLink(organization.website);
  const rows: SummaryRow[] = [
    ...(organization.classification || organization.organizationType
      ? [{ key: 'Art', value: organization.classification ?? organization.organizationType ?? '' }]
      : []),
    ...(organization.startDate ? [{ key: 'Besteht seit', value: calendarDate(organization.startDate) }] : []),
    ...(organization.endDate ? [{ key: 'Besteht bis', value: calendarDate(organization.endDate) }] : []),
    ...(website ? [{ key: 'Website', value: <a href={website}>{website}</a> }] : []),
  ];
  return (
    <>
      <h1>{organization.name}</h1>
      {rows.length > 0 && <SummaryList rows={rows} />}
      <h2>Nächste Sitzungen</h2>
      <MeetingList meetings={page.upcoming} empty="Zurzeit sind keine Sitzungen angesetzt." />
      <p>
        <a href={calendarHref({ gremium: organization.slug })}>Alle Sitzungen dieses Gremiums</a> ·{' '}
        <a href={PAGE_PATHS.organizationCalendar(organization.slug)}>Sitzungen als Kalender abonnieren (iCal)</a>
      </p>
      <h2>Letzte Sitzungen</h2>
      <MeetingList meetings={page.recent} empty="Es sind keine vergangenen Sitzungen eingetragen." />
      <h2>Mitglieder</h2>
      <Table
        caption={`Mitglieder: ${members.length}`}
        empty="Für dieses Gremium sind keine Mitglieder veröffentlicht."
        rows={members}
        columns={[
          { header: 'Name', cell: (member) => <a href={PAGE_PATHS.person(member.personId)}>{personName(member)}</a> },
          { header: 'Rolle', cell: (member) => member.role ?? 'Mitglied' },
          { header: 'Stimmrecht', cell: (member) => (member.votingRight === null ? 'nicht angegeben' : member.votingRight ? 'ja' : 'nein') },
          { header: 'Seit', cell: (member) => calendarDate(member.startDate) ?? '–' },
        ]}
      />
    </>
  );
}
