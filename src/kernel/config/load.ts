import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ModuleManifest } from '../module';
import type { StreetList } from '../geo';
import { checkDemoPack, checkLogo, checkUnknownKeys, namedFiles, readMunicipality, readMunicipalityFile } from './file-checks';
import { describeIssues, germanIssue } from './german-issues';
import { readStreetList } from './map';
import { misspelledEnvProblems } from './misspelled-env';
import { loadModuleSettings, type NodeEnv } from './module-settings';
import { PROJECT_ROOT } from './project-root';
import { envSchema, type Env, type Municipality } from './schema';

export { PROJECT_ROOT } from './project-root';
const DEFAULT_CONFIG_FILE = resolve(PROJECT_ROOT, 'config/iserlohn.json');

export type DatabaseConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolSize: number };

/** Where SMS go: kept in the local outbox, or POSTed to an HTTP provider with a bearer token (kernel/sms). */
export interface SmsConfig {
  provider: { kind: 'outbox' } | { kind: 'http'; url: string; token: string };
  /** How long delivered, kept and failed SMS stay in the outbox (SMS_OUTBOX_RETENTION_DAYS). */
  retentionDays: number;
}

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  database: DatabaseConfig;
  secret: string;
  demoData: boolean;
  trustProxy: boolean;
  logLevel: Env['LOG_LEVEL'];
  jobs: boolean;
  /** WEB_CONCURRENCY: portal processes sharing the port (more than one on PostgreSQL only). */
  processes: number;
  /** TRACE_QUERIES: each request's queries in the log (kernel/http/query-trace.ts). */
  traceQueries: boolean;
  /** `retentionDays`: how long finished mails stay in the outbox (MAIL_OUTBOX_RETENTION_DAYS). */
  mail: { smtpUrl: string | undefined; from: string; retentionDays: number };
  /** SMS delivery (kernel/sms): the local outbox, or an HTTP provider (SMS_PROVIDER_URL, SMS_PROVIDER_TOKEN). */
  sms: SmsConfig;
  /** Seconds the process keeps serving after SIGTERM while /healthz says it is draining. */
  shutdownDrainSeconds: number;
  /** Bearer token of GET /metrics (METRICS_TOKEN); without it there is no such endpoint. */
  metricsToken: string | undefined;
  municipality: Municipality;
  /** The street list of `map.streets` (kernel/geo), for addresses typed by people; none without it. */
  streets: StreetList | undefined;
  /** Settings the modules declare in their manifests, by key; read them with `moduleSettings`. */
  settings: Readonly<Record<string, unknown>>;
  uploads: { maxBytes: number; maxFiles: number };
  /** Files on disk below DATA_DIR/files, or in an S3-compatible bucket. */
  files:
    | { kind: 'disk'; dir: string }
    | {
        kind: 's3';
        endpoint: string | undefined;
        region: string;
        bucket: string;
        accessKeyId: string | undefined;
        secretAccessKey: string | undefined;
        forcePathStyle: boolean;
      };
  /** Directory of the municipality file; its logo and media are resolved against it. */
  configDir: string;
}

/** Thrown with every problem at once, so an operator fixes the configuration in one go. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Die Konfiguration ist ungültig:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Dev and single-node installs keep a generated secret in the data directory; production must set APP_SECRET. */
function secretFromDataDir(dataDir: string): string {
  const file = resolve(dataDir, 'app-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** What the loader reads from the modules: their settings, and the demo pack files they seed from. */
export type ConfiguredModule = Pick<ModuleManifest, 'settings' | 'demoPack'>;

export interface LoadOptions {
  /**
   * Check every demo pack file even when no demo data is seeded (config:check). By default the pack
   * is checked when it will be seeded: DEMO_DATA, or PGlite without DEMO_DATA.
   */
  checkDemoPack?: boolean;
  /**
   * Only some of the modules are loaded (a test of one module): a top-level key of the file that
   * another module reads is not reported as unknown (unknown keys inside a known block still are).
   * The portal, the CLI and config:check load every module.
   */
  someModulesOnly?: boolean;
}

/**
 * The kernel's settings and those the modules declare (`ModuleManifest.settings`), all validated
 * at once: every problem of all of them, in German with the variable or the key's path, in one
 * ConfigError. The municipality file is also checked for keys nobody reads (typos) and for the
 * files it names (logo, street list, demo pack).
 */
export function loadConfig(source: NodeJS.ProcessEnv, modules: readonly ConfiguredModule[], options: LoadOptions = {}): Config {
  const problems: string[] = [];
  const parsedEnv = envSchema.safeParse(source, { error: germanIssue });
  if (!parsedEnv.success) problems.push(...describeIssues('', parsedEnv.error));
  const declarations = modules.flatMap((module) => module.settings ?? []);
  // A module subset (a test of one module) does not know the other modules' variables.
  if (!options.someModulesOnly) {
    const known = [...Object.keys(envSchema.shape), ...declarations.flatMap((declaration) => declaration.envNames)];
    problems.push(...misspelledEnvProblems(source, known));
  }
  // The checks below also run when a variable is invalid (raw values), so every problem is reported at once.
  const raw = parsedEnv.success ? parsedEnv.data : source;

  const configFile = resolve(raw.CONFIG_FILE ?? DEFAULT_CONFIG_FILE);
  const configDir = dirname(configFile);
  const file = readMunicipalityFile(configFile, problems);
  const municipality = readMunicipality(configFile, file, problems);
  checkUnknownKeys(configFile, file, modules, problems, !options.someModulesOnly);
  const named = namedFiles(file);
  const streets = readStreetList([configDir, resolve(PROJECT_ROOT, 'config')], named.map, problems);
  checkLogo(configFile, configDir, named.logo, problems);
  const seedsDemo = String(raw.DEMO_DATA ?? (raw.DATABASE_URL ? 'false' : 'true'));
  if (options.checkDemoPack || ['true', '1', 'yes'].includes(seedsDemo)) checkDemoPack(configFile, { configDir, municipality: named }, modules, problems);
  if (raw.SMS_PROVIDER_URL && !raw.SMS_PROVIDER_TOKEN) {
    problems.push('SMS_PROVIDER_TOKEN: fehlt; mit SMS_PROVIDER_URL ist das Bearer-Token des Anbieters Pflicht');
  }
  if (Number(raw.WEB_CONCURRENCY ?? 1) > 1 && !raw.DATABASE_URL) {
    problems.push('WEB_CONCURRENCY: mehr als ein Prozess braucht PostgreSQL (DATABASE_URL); die eingebettete Datenbank erlaubt genau einen');
  }
  if (raw.NODE_ENV === 'production' && !raw.APP_SECRET) {
    problems.push('APP_SECRET: fehlt; im Betrieb (production) ist ein Geheimnis aus mindestens 32 zufälligen Zeichen Pflicht');
  }
  if (raw.NODE_ENV === 'production' && !raw.BASE_URL) {
    problems.push('BASE_URL: fehlt; im Betrieb (production) ist die öffentliche Adresse Pflicht, z. B. https://portal.example.de');
  }
  const nodeEnv: NodeEnv = ['production', 'test'].includes(String(raw.NODE_ENV)) ? (raw.NODE_ENV as NodeEnv) : 'development';
  const settings = loadModuleSettings(declarations, { env: source, file, fileName: configFile, nodeEnv }, problems);
  // Two schemas may read one key (the kernel's `name` and the VHS's): its problem is listed once.
  if (problems.length > 0 || !municipality || !parsedEnv.success) throw new ConfigError([...new Set(problems)]);
  const env = parsedEnv.data;

  const dataDir = resolve(env.DATA_DIR);
  const database: DatabaseConfig = env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
    : { kind: 'pglite', dataDir: resolve(dataDir, 'pglite') };
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    baseUrl: (env.BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    dataDir,
    database,
    secret: env.APP_SECRET ?? secretFromDataDir(dataDir),
    demoData: env.DEMO_DATA ?? database.kind === 'pglite',
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    jobs: env.JOBS,
    processes: env.WEB_CONCURRENCY,
    traceQueries: env.TRACE_QUERIES,
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM ?? `${municipality.officialName} <${municipality.contact.email}>`,
      retentionDays: env.MAIL_OUTBOX_RETENTION_DAYS,
    },
    sms: {
      provider: env.SMS_PROVIDER_URL ? { kind: 'http', url: env.SMS_PROVIDER_URL, token: env.SMS_PROVIDER_TOKEN ?? '' } : { kind: 'outbox' },
      retentionDays: env.SMS_OUTBOX_RETENTION_DAYS,
    },
    // Ctrl+C in development and test runs stops at once; behind a load balancer a few seconds let it notice.
    shutdownDrainSeconds: env.SHUTDOWN_DRAIN_SECONDS ?? (env.NODE_ENV === 'production' ? 5 : 0),
    metricsToken: env.METRICS_TOKEN,
    municipality,
    streets,
    settings,
    uploads: { maxBytes: env.UPLOAD_MAX_BYTES, maxFiles: env.UPLOAD_MAX_FILES },
    files: env.S3_BUCKET
      ? {
          kind: 's3',
          endpoint: env.S3_ENDPOINT,
          region: env.S3_REGION,
          bucket: env.S3_BUCKET,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
        }
      : { kind: 'disk', dir: resolve(dataDir, 'files') },
    configDir,
  };
}
