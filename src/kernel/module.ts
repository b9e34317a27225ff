import type { FastifyInstance } from 'fastify';
import type { Actor, CurrentUser } from './auth/actor';
import type { Config, DemoPackPart, ModuleSettings } from './config';
import type { Database, DatabaseHandle, Executor } from './db/types';
import type { FileStore } from './files';
import type { JobHandler } from './jobs/worker';
import type { NavItem } from './views/context';
import type { FigureSource, LinkTargetSource } from './module-cockpit-hooks';

export type { FigurePart, FigureSource, FigureUnit, KeyFigure, LinkTarget, LinkTargetSource, MonthValue } from './module-cockpit-hooks';

/**
 * What the kernel hands each module, built once per process (`moduleDeps` in bootstrap.ts; the
 * server and the test app share it). Use cases take `(actor, input, deps)` with this type or a
 * `Pick` of it, so tests need no container.
 */
export interface ModuleDeps {
  config: Config;
  db: Database;
  database: DatabaseHandle;
  /**
   * Main navigation of all registered modules (the start page presents it), in order, each hub
   * followed by the entries placed under it.
   */
  navigation: NavItem[];
  /** Uploaded and generated files (disk below DATA_DIR or S3), created once per process. */
  files: FileStore;
  /**
   * Every registered module, for the hooks that gather from all of them (workspace navigation,
   * "Meine Aufgaben", "Meine Daten", account deletion, Mein Konto, portal search, open data).
   * Read it when a request needs it, never import the registry: modules know each other only
   * through their index.ts.
   */
  modules: readonly ModuleManifest[];
}

export interface PermissionDefinition {
  /** `<module>.<verb>`, e.g. `admin.feedback`. */
  id: string;
  label: string;
}

/**
 * A section of the staff workspace `/verwaltung`: one entry in its side navigation. The section
 * appears only for staff whom `allowed` admits; the section's routes check the same policy on the
 * server (a staff member without it gets 404).
 */
export interface StaffSection {
  /** Where the section starts, below `/verwaltung`. */
  href: string;
  label: string;
  /** Heading of the group in the side navigation (the module's area, e.g. "Anträge"). */
  group: string;
  /** Position within the whole navigation; groups follow their first section. */
  order: number;
  allowed: (actor: Actor) => boolean;
}

/** One line of "Meine Aufgaben": what waits for this person, with a count and where to work on it. */
export interface StaffTask {
  label: string;
  count: number;
  href: string;
  /** Overdue or otherwise pressing: shown with a warning tag (text, not colour alone). */
  urgent?: boolean;
}

/** A module's part of the portal-wide "Meine Daten" export and of account deletion (DSGVO Art. 15, 17, 20). */
export interface PersonalDataHook {
  /** Everything the module holds about the person, JSON-serialisable; `undefined` when it holds nothing. */
  export: (user: CurrentUser, deps: ModuleDeps) => Promise<unknown>;
  /**
   * Runs inside the account deletion's transaction, before the user row goes: deletes or
   * pseudonymises the person's data and says what it did and why (shown on the confirmation page
   * and kept in the audit log without personal data).
   */
  erase: (user: CurrentUser, tx: Executor, deps: ModuleDeps) => Promise<ErasureNote[]>;
}

export interface ErasureNote {
  /** e.g. "Anträge (Entwürfe)". */
  what: string;
  outcome: 'deleted' | 'pseudonymised' | 'kept';
  count: number;
  /** Why it is kept or pseudonymised (legal basis), in plain German. */
  reason?: string;
}

/** What a person has in one module, for the overview on "Mein Konto". */
export interface AccountOverviewCard {
  title: string;
  /** One sentence such as "2 Entwürfe, 1 Antrag in Bearbeitung". */
  summary: string;
  href: string;
  linkLabel: string;
}

/** One hit of the portal-wide search `/suche`. */
export interface SearchHit {
  title: string;
  href: string;
  summary?: string;
}

/**
 * A module's part of the portal-wide search: it searches its own content with its own indexes
 * (German full text) and answers a few hits; `/suche` asks every module at once and groups the
 * results by `area`.
 */
export interface SearchProvider {
  /** Heading of the result group, e.g. "Leistungen". */
  area: string;
  /** Link to the module's own search with the same query, for "alle … anzeigen". */
  moreHref: (query: string) => string;
  search: (query: string, limit: number, deps: ModuleDeps) => Promise<{ total: number; hits: SearchHit[] }>;
  /** Every table the hits are read from: anonymous result pages are cached until one changes (ADR 8). */
  tables: readonly string[];
}

/**
 * A dated public event a module offers (a course session, a reading); the education hub's calendar
 * `/bildung/kalender` and its iCal feed list those of every module together.
 */
export interface PublicEvent {
  /** Stable across changes and unique portal-wide (the iCal UID is made from it), e.g. `vhs-termin-<id>`. */
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** Where it takes place, as the module publishes it ("VHS im Stadtbahnhof, Raum 204"); null for online only. */
  place: string | null;
  online: boolean;
  /** Who it is for, in the module's words ("Erwachsene", "Kinder ab 4"); the calendar filters by it. */
  audience: string;
  /** The event's page. */
  href: string;
  cancelled: boolean;
  /** Raised on every change of time or status (iCal SEQUENCE, so calendars replace the old entry). */
  sequence: number;
}

/** A module's dated public events (ADR 18): the calendar asks every module for a time window at once. */
export interface EventSource {
  /** The offer's name, e.g. "Volkshochschule": the calendar's area filter and the hub's heading. */
  area: string;
  /** The module's own start page and one sentence about it, for the hub page `/bildung`. */
  href: string;
  description: string;
  /** Public events that start in [from, to), in start order, at most `limit` (a bound, not a page). */
  list: (window: { from: Date; to: Date; limit: number }, deps: ModuleDeps) => Promise<PublicEvent[]>;
  /** Every table the events are read from: anonymous calendar pages are cached until one changes (ADR 8). */
  tables: readonly string[];
}

/** A dataset a module publishes as open data (without personal data); the open-data catalogue lists it. */
export interface OpenDatasetDeclaration {
  /** Stable name, lower case with hyphens (becomes the CKAN `name`). */
  name: string;
  title: string;
  description: string;
  /**
   * Where the data is kept and changed, in German in the dative: it completes the catalogue's read-only
   * note "Dieser Datensatz wird vom Portal selbst aus ___ erstellt" (e.g. "dem Leistungskatalog",
   * "den Maßnahmen des Digitalisierungs-Cockpits"), so staff know where to change it.
   */
  madeFrom: string;
  /** EU data theme code (DCAT-AP `dcat:theme`), e.g. `GOVE`, `TRAN`, `EDUC`. */
  theme: string;
  keywords: string[];
  /** The rows, each an object of plain values: the catalogue serialises them as CSV and JSON. */
  rows: (deps: ModuleDeps) => Promise<Array<Record<string, string | number | boolean | null>>>;
  /**
   * The same data with its geometries, as a GeoJSON distribution beside the CSV and JSON: the module
   * serves it itself at `path` (live, cached as its pages are); `body` gives it for size and checksum.
   */
  geojson?: { path: string; body: (deps: ModuleDeps) => Promise<string> };
  /**
   * A web interface that serves the data itself (the OParl API's entry point), listed as a JSON
   * distribution beside the files; `path` on the portal's base URL.
   */
  api?: { path: string; name: string; description: string };
}

/** URLs of the citizen account that the layout and the error pages link to; the accounts module provides them. */
export interface AccountPaths {
  login: string;
  register: string;
  account: string;
  logout: string;
  /** POST here extends the session (portal.js, before the idle timeout: WCAG 2.2.1). */
  extendSession: string;
}

/**
 * A module's manifest, exported from its index.ts: the only thing the kernel knows about it.
 * Adding a module means writing one of these and listing it in src/registry.ts.
 */
export interface ModuleManifest {
  id: string;
  /**
   * Entry in the main navigation; modules without one add no menu item. With `under` (a hub's
   * href, e.g. `/transparenz`) it is reached through that hub: `order` then orders it among the
   * hub's entries. An entry under a hub that is not registered stays in the header.
   */
  navigation?: NavItem & { order: number; description: string };
  permissions?: PermissionDefinition[];
  /** Its sections of the staff workspace `/verwaltung`. */
  staffSections?: StaffSection[];
  /** Its part of "Meine Aufgaben", the workspace's start page; called only for staff. */
  staffTasks?: (actor: CurrentUser, deps: ModuleDeps) => Promise<StaffTask[]>;
  personalData?: PersonalDataHook;
  accountOverview?: (user: CurrentUser, deps: ModuleDeps) => Promise<AccountOverviewCard | undefined>;
  search?: SearchProvider;
  /** Its dated public events for the education calendar (ADR 18). */
  events?: EventSource;
  openData?: OpenDatasetDeclaration[];
  /** Its live figures for the Digitalisierungs-Cockpit (computed by the cockpit's job, never per request). */
  figures?: FigureSource;
  /** Kinds of its objects the cockpit's measures may name. */
  linkTargets?: LinkTargetSource[];
  /**
   * Its settings from the environment and/or its keys of the municipality file, validated at start
   * with the kernel's (one ConfigError lists every problem); read with `moduleSettings(deps, declaration)`.
   */
  settings?: readonly ModuleSettings<unknown>[];
  /**
   * German labels of the audit actions it writes (`'forms.version.published': 'Formularversion
   * veröffentlicht'`), shown in the audit log; every action written needs one (a test checks).
   */
  auditActions?: Readonly<Record<string, string>>;
  /** Only the accounts module sets this. */
  accountPaths?: AccountPaths;
  /**
   * Origins a form of the module sends people on to by a redirect after its POST (a conference
   * server's signed join URL): the CSP's form-action also governs such redirects, so browsers would
   * refuse them. Read once at start from the configuration.
   */
  formActionOrigins?: (config: Config) => string[];
  /** Links in every page's footer (Impressum, Datenschutz, …), in module order. */
  footerLinks?: NavItem[];
  /** Only the search module sets this: the header's search form sends `q` there. */
  searchPage?: string;
  /** Absolute path of the module's drizzle-kit migrations folder. */
  migrationsDir?: string;
  routes?: (app: FastifyInstance, deps: ModuleDeps) => void | Promise<void>;
  jobs?: (deps: ModuleDeps) => JobHandler[];
  /** Fills demo content from the municipality's demo pack into an empty installation; must be idempotent. */
  seedDemo?: (deps: ModuleDeps) => Promise<void>;
  /**
   * The demo pack files `seedDemo` reads (`<part>.json` with its schema): the configuration check
   * validates them all at start, every problem with its file and field.
   */
  demoPack?: readonly DemoPackPart[];
  /** Tables emptied by `demo:reset`, children before parents. */
  demoTables?: string[];
}
