import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { contrastRatio } from './contrast';
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

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string; poolSize: number };

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
  mail: { smtpUrl: string | undefined; from: string };
  oidc: { issuer: string; clientId: string; clientSecret: string; label: string; scope: string } | undefined;
  municipality: Municipality;
  /** Payment providers citizens may choose (ids of the applications module's providers). */
  paymentProviders: ('invoice' | 'test')[];
  uploads: { maxBytes: number; maxFiles: number };
  /** Files on disk below DATA_DIR/files, or in an S3-compatible bucket. */
  files: { kind: 'disk'; dir: string } | { kind: 's3'; endpoint: string | undefined; region: string; bucket: string; accessKeyId: string | undefined; secretAccessKey: string | undefined; forcePathStyle: boolean };
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

function readMunicipality(file: string, problems: string[]): Municipality | undefined {
  if (!existsSync(file)) {
    problems.push(`CONFIG_FILE ${file} does not exist`);
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`CONFIG_FILE ${file} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
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

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const parsedEnv = envSchema.safeParse(source);
  if (!parsedEnv.success) problems.push(...describeIssues('', parsedEnv.error));
  // The checks below also run when a variable is invalid (raw values), so every problem is reported at once.
  const raw = parsedEnv.success ? parsedEnv.data : source;

  const configFile = resolve(raw.CONFIG_FILE ?? DEFAULT_CONFIG_FILE);
  const municipality = readMunicipality(configFile, problems);
  if (raw.NODE_ENV === 'production' && !raw.APP_SECRET) problems.push('APP_SECRET is required in production (32+ random characters)');
  if (raw.NODE_ENV === 'production' && !raw.BASE_URL) problems.push('BASE_URL is required in production (e.g. https://portal.example.de)');
  const oidcParts = [raw.OIDC_ISSUER, raw.OIDC_CLIENT_ID, raw.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    problems.push('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together');
  }
  if (raw.NODE_ENV === 'production' && String(raw.PAYMENT_PROVIDERS ?? '').split(',').includes('test')) {
    problems.push('PAYMENT_PROVIDERS must not contain test in production');
  }
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
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM ?? `${municipality.officialName} <${municipality.contact.email}>` },
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, label: env.OIDC_LABEL, scope: env.OIDC_SCOPE }
        : undefined,
    municipality,
    // The test provider plays the external payment platform in demos; production offers invoices unless configured.
    paymentProviders: (env.PAYMENT_PROVIDERS?.split(',') ?? (env.NODE_ENV === 'production' ? ['invoice'] : ['invoice', 'test'])) as ('invoice' | 'test')[],
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
