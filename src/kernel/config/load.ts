import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { ModuleManifest } from '../module';
import type { StreetList } from '../geo';
import { contrastRatio } from './contrast';
import { readStreetList } from './map';
import { loadModuleSettings, type NodeEnv } from './module-settings';
import { envSchema, municipalitySchema, type Env, type Municipality } from './schema';

/** The folder with package.json: the same from src/ (tsx) and from a bundled dist/main.js. */
function findProjectRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'package.json'))) return dir;
  }
  throw new Error(`package.json not found above ${start}`);
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
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

function describeIssues(prefix: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${prefix}${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** The municipality file as JSON, for the kernel's keys and the modules' keys; undefined (reported) when unreadable. */
function readMunicipalityFile(file: string, problems: string[]): Record<string, unknown> | undefined {
  if (!existsSync(file)) {
    problems.push(`CONFIG_FILE ${file} does not exist`);
    return undefined;
  }
  try {
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  } catch (error) {
    problems.push(`CONFIG_FILE ${file} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

function readMunicipality(file: string, raw: Record<string, unknown> | undefined, problems: string[]): Municipality | undefined {
  if (!raw) return undefined;
  const parsed = municipalitySchema.safeParse(raw);
  if (!parsed.success) problems.push(...describeIssues(`${file}: `, parsed.error));
  // The contrast is checked whenever the colours themselves are valid, so it is reported together with other problems.
  const theme = municipalitySchema.shape.theme.safeParse((raw as { theme?: unknown } | null)?.theme);
  if (theme.success) {
    const { primary, primaryContrast } = theme.data;
    const ratio = contrastRatio(primary, primaryContrast);
    if (ratio < 4.5) {
      problems.push(`${file}: theme.primary and theme.primaryContrast have a contrast of ${ratio.toFixed(2)}:1, WCAG needs 4.5:1`);
    }
    if (contrastRatio(primary, '#ffffff') < 4.5) {
      problems.push(`${file}: theme.primary is used for links and text on white and needs 4.5:1 against #ffffff`);
    }
  }
  return parsed.success ? parsed.data : undefined;
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

/**
 * The kernel's settings and those the modules declare (`ModuleManifest.settings`), all validated
 * at once: every problem of all of them in one ConfigError.
 */
export function loadConfig(source: NodeJS.ProcessEnv, modules: readonly Pick<ModuleManifest, 'settings'>[]): Config {
  const problems: string[] = [];
  const parsedEnv = envSchema.safeParse(source);
  if (!parsedEnv.success) problems.push(...describeIssues('', parsedEnv.error));
  // The checks below also run when a variable is invalid (raw values), so every problem is reported at once.
  const raw = parsedEnv.success ? parsedEnv.data : source;

  const configFile = resolve(raw.CONFIG_FILE ?? DEFAULT_CONFIG_FILE);
  const file = readMunicipalityFile(configFile, problems);
  const municipality = readMunicipality(configFile, file, problems);
  const streets = readStreetList([dirname(configFile), resolve(PROJECT_ROOT, 'config')], municipality?.map, problems);
  if (raw.SMS_PROVIDER_URL && !raw.SMS_PROVIDER_TOKEN) problems.push("SMS_PROVIDER_TOKEN is required with SMS_PROVIDER_URL (the provider's bearer token)");
  if (raw.NODE_ENV === 'production' && !raw.APP_SECRET) problems.push('APP_SECRET is required in production (32+ random characters)');
  if (raw.NODE_ENV === 'production' && !raw.BASE_URL) problems.push('BASE_URL is required in production (e.g. https://portal.example.de)');
  const nodeEnv: NodeEnv = ['production', 'test'].includes(String(raw.NODE_ENV)) ? (raw.NODE_ENV as NodeEnv) : 'development';
  const settings = loadModuleSettings(
    modules.flatMap((module) => module.settings ?? []),
    { env: source, file, fileName: configFile, nodeEnv },
    problems,
  );
  if (problems.length > 0 || !municipality || !parsedEnv.success) throw new ConfigError(problems);
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
    configDir: dirname(configFile),
  };
}
