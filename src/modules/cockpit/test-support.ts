import { departments } from '../../kernel/auth/tables';
import type { Executor } from '../../kernel/db/types';
import { cockpitMeasureLinks, cockpitMeasures, cockpitMilestones, cockpitRisks } from './tables';

/** The ids `insertCockpitFixture` wrote, for tests to refer to. */
export interface CockpitFixture {
  /** Owner of `wifi` and `draft` ("Digitales"); `otherDepartmentId` owns `portal`. */
  departmentId: string;
  otherDepartmentId: string;
  /** Published, in progress since 2025, a budget with funding, two milestones (one done), one risk, one link. */
  wifi: { id: string; slug: string; milestoneIds: [string, string]; riskId: string };
  /** Published, owned by the other department, done. */
  portal: { id: string; slug: string };
  /** Not published: only staff with the cockpit's section see it. */
  draft: { id: string; slug: string };
}

/** Three measures of two departments, with milestones, a risk and a link to a Leistung id. */
export async function insertCockpitFixture(db: Executor): Promise<CockpitFixture> {
  await db
    .insert(departments)
    .values([
      { id: 'digitales', name: 'Digitalisierung und IT', email: 'digitales@example.org' },
      { id: 'buergerservice', name: 'Bürgerservice', email: 'buergerbuero@example.org' },
    ])
    .onConflictDoNothing();
  const [wifi, portal, draft] = await db
    .insert(cockpitMeasures)
    .values([
      {
        slug: 'freies-wlan',
        title: 'Freies WLAN in der Innenstadt',
        goal: 'Kostenloses WLAN auf allen Plätzen der Innenstadt.',
        ownerDepartmentId: 'digitales',
        status: 'in_progress',
        progressPercent: 40,
        startsOn: '2025-03-01',
        endsOn: '2027-06-30',
        budgetCents: 25_000_000,
        fundingSource: 'Förderprogramm WiFi4EU und Eigenmittel',
        programReference: '§ 4',
        published: true,
      },
      {
        slug: 'buergerplattform',
        title: 'Bürgerplattform',
        goal: 'Jede Leistung ohne persönliches Erscheinen online beantragen.',
        ownerDepartmentId: 'buergerservice',
        status: 'done',
        progressPercent: 100,
        startsOn: '2024-01-15',
        endsOn: '2026-09-30',
        published: true,
      },
      {
        slug: 'digitale-akte',
        title: 'Digitale Akte im Bauamt',
        goal: 'Bauakten nur noch elektronisch führen.',
        ownerDepartmentId: 'digitales',
        status: 'planned',
        startsOn: '2027-01-01',
        published: false,
      },
    ])
    .returning({ id: cockpitMeasures.id, slug: cockpitMeasures.slug });
  const milestones = await db
    .insert(cockpitMilestones)
    .values([
      { measureId: wifi!.id, title: 'Ausschreibung', dueOn: '2025-06-30', doneOn: '2025-06-20' },
      { measureId: wifi!.id, title: 'Alle Plätze versorgt', dueOn: '2027-06-30' },
    ])
    .returning({ id: cockpitMilestones.id });
  const [risk] = await db
    .insert(cockpitRisks)
    .values({ measureId: wifi!.id, title: 'Lieferverzug der Access Points', likelihood: 'medium', impact: 'high', mitigation: 'Zwei Lieferanten.' })
    .returning({ id: cockpitRisks.id });
  await db.insert(cockpitMeasureLinks).values({ measureId: wifi!.id, module: 'wlan', kind: 'hotspot', targetId: 'fixture-hotspot' });
  return {
    departmentId: 'digitales',
    otherDepartmentId: 'buergerservice',
    wifi: { ...wifi!, milestoneIds: [milestones[0]!.id, milestones[1]!.id], riskId: risk!.id },
    portal: portal!,
    draft: draft!,
  };
}
