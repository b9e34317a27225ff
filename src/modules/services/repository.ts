import { eq, exists, getTableColumns, sql } from 'drizzle-orm';
import { departments } from '../../kernel/auth';
import { cachedQuery, type Executor } from '../../kernel/db';
import type { PaymentPolicy } from './payment-policies';
import { services, type ServiceRow } from './tables';

/** What the applications module needs to know about a Leistung. */
export interface ServiceForApplication {
  slug: string;
  name: string;
  leikaKey: string | null;
  departmentId: string;
  onlineApplication: boolean;
  /** Low-risk procedures may be applied for without an account (resume link by e-mail). */
  guestAllowed: boolean;
  paymentPolicy: PaymentPolicy;
  /** Processing deadline in days after submission (overdue markers). */
  processingDays: number;
  /** Closed applications are deleted this many days after closing (default 365). */
  retentionDays: number;
}

const forApplication = {
  slug: services.slug,
  name: services.name,
  leikaKey: services.leikaKey,
  departmentId: services.departmentId,
  onlineApplication: services.onlineApplication,
  guestAllowed: services.guestAllowed,
  paymentPolicy: services.paymentPolicy,
  processingDays: services.processingDays,
  retentionDays: services.retentionDays,
};

/**
 * Asked on nearly every page of an Antrag, by citizens and staff alike: read from memory until a
 * Leistung changes (inside a transaction, always from the database). The result is frozen.
 */
export const findServiceForApplication = cachedQuery(
  { tables: ['services'], maxEntries: 5000 },
  async (db, slug): Promise<Readonly<ServiceForApplication> | null> => {
    const [row] = await db.select(forApplication).from(services).where(eq(services.slug, slug));
    return row ?? null;
  },
);

const allServices = cachedQuery({ tables: ['services'], maxEntries: 1 }, (db) =>
  db
    .select(forApplication)
    .from(services)
    .orderBy(sql`${services.name} collate "und-x-icu"`),
);

/** Every Leistung, A–Z (German order), e.g. for the back office's filter by Leistung; from memory like findServiceForApplication. */
export function listServicesForApplication(db: Executor): Promise<readonly Readonly<ServiceForApplication>[]> {
  return allServices(db, 'all');
}

/** A Leistung with the name of the responsible Fachbereich, for the detail page. */
export type ServiceDetail = ServiceRow & { departmentName: string };

export async function findServiceDetail(db: Executor, slug: string): Promise<ServiceDetail | null> {
  const [row] = await db
    .select({ ...getTableColumns(services), departmentName: departments.name })
    .from(services)
    .innerJoin(departments, eq(departments.id, services.departmentId))
    .where(eq(services.slug, slug));
  return row ?? null;
}

/**
 * Fachbereiche that are responsible for at least one Leistung (the catalogue's filter), A–Z. Every
 * catalogue page shows them, and sorting in the ICU collation is slow on PGlite: kept in memory
 * until a Leistung or a Fachbereich changes.
 */
export function listServiceDepartments(db: Executor): Promise<readonly Readonly<{ id: string; name: string }>[]> {
  return serviceDepartments(db, 'all');
}

const serviceDepartments = cachedQuery({ tables: ['services', 'departments'], maxEntries: 1 }, (db) =>
  db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(services)
          .where(eq(services.departmentId, departments.id)),
      ),
    )
    .orderBy(sql`${departments.name} collate "und-x-icu"`, departments.id),
);
