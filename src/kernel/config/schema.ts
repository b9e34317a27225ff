import { z } from 'zod';
import { GERMAN_STATES, isGermanState } from '../time/holidays';
import { mapSchema } from './map';

/** A colour as `#rrggbb`; contrast is checked separately (see contrast.ts). */
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'muss eine Farbe wie #003064 sein');

const signLanguageVideo = z.object({
  title: z.string().min(1),
  /** Path below the portal (`/media/...`) or an https URL of the municipality's video host. */
  src: z.string().min(1),
  type: z.string().default('video/mp4'),
  /** Full transcript in German; shown next to the video for everyone who cannot watch it. */
  transcript: z.string().min(1),
});

/**
 * The kernel's part of the municipality file: identity, contact, legal notices, theme and logo.
 * Modules declare their own keys of the same file (statePortal, payment, legalRemedy, ...) in their
 * manifests' `settings`; other keys are ignored here.
 */
export const municipalitySchema = z.object({
  name: z.string().min(1),
  /** "Stadt Iserlohn": how the authority names itself in the header and in letters. */
  officialName: z.string().min(1),
  /** Amtlicher Gemeindeschlüssel (AGS), 8 digits. */
  gemeindeschluessel: z.string().regex(/^\d{8}$/, 'muss der achtstellige Amtliche Gemeindeschlüssel sein, z. B. 05962024'),
  /** Amtlicher Regionalschlüssel (ARS), 12 digits. */
  regionalschluessel: z.string().regex(/^\d{12}$/, 'muss der zwölfstellige Amtliche Regionalschlüssel sein, z. B. 059620024024'),
  /** The Bundesland as spelled in GERMAN_STATES (kernel/time/holidays.ts): its public holidays close the Bürgerbüro. */
  state: z.string().refine(isGermanState, `muss ein Bundesland sein, geschrieben wie hier: ${GERMAN_STATES.join(', ')}`),
  address: z.object({
    street: z.string().min(1),
    postalCode: z.string().regex(/^\d{5}$/, 'muss eine fünfstellige Postleitzahl sein'),
    city: z.string().min(1),
  }),
  contact: z.object({
    phone: z.string().min(1),
    email: z.email(),
    website: z.url(),
    openingHours: z.string().optional(),
  }),
  imprint: z.object({
    representedBy: z.string().min(1),
    vatId: z.string().optional(),
    supervisoryAuthority: z.string().min(1),
  }),
  dataProtectionOfficer: z.object({ name: z.string().min(1), email: z.email(), phone: z.string().optional() }),
  accessibility: z.object({
    /** Who answers "Barriere melden" feedback. */
    contactEmail: z.email(),
    enforcementBody: z.object({ name: z.string().min(1), website: z.url(), email: z.email().optional() }),
    lastReviewed: z.iso.date(),
  }),
  theme: z.object({
    primary: hexColour,
    primaryContrast: hexColour,
    accent: hexColour,
  }),
  /** File in `public/` or in the config directory, served at `/assets/logo`. */
  logo: z.object({ file: z.string().min(1), alt: z.string().min(1) }),
  signLanguageVideos: z.array(signLanguageVideo).default([]),
  /** Demo content (`config/demo/<demoPack>/<module>.json`), seeded when DEMO_DATA is on; without it the portal starts empty. */
  demoPack: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'muss ein Ordnername wie iserlohn sein (Kleinbuchstaben, Ziffern, Bindestriche)')
    .optional(),
  /** Prefix of reference numbers, e.g. ISN → ISN-2026-000123. */
  referencePrefix: z.string().regex(/^[A-Z]{2,5}$/, 'muss aus 2 bis 5 Großbuchstaben bestehen, z. B. ISN'),
  /** The area's outline for server-drawn maps and an optional tile server (kernel/views/map). */
  map: mapSchema.optional(),
});
export type Municipality = z.infer<typeof municipalitySchema>;

const booleanFromEnv = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => ['true', '1', 'yes'].includes(value));

/** Days a finished message stays in an outbox (mail, SMS): 1 to 3650, 30 when unset. */
const outboxRetentionDays = z.coerce
  .number({ error: 'muss eine ganze Zahl von Tagen sein (1 bis 3650)' })
  .int({ error: 'muss eine ganze Zahl von Tagen sein (1 bis 3650)' })
  .min(1, { error: 'muss mindestens 1 Tag sein' })
  .max(3650, { error: 'darf höchstens 3650 Tage sein' })
  .default(30);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  BASE_URL: z.url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'muss mit postgres:// beginnen')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Portal processes sharing the port (PostgreSQL only; src/web-processes.ts). */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  APP_SECRET: z.string().min(32, 'muss mindestens 32 Zeichen lang sein').optional(),
  CONFIG_FILE: z.string().optional(),
  DEMO_DATA: booleanFromEnv.optional(),
  TRUST_PROXY: booleanFromEnv.default(false),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'muss mit smtp:// oder smtps:// beginnen')
    .optional(),
  MAIL_FROM: z.string().optional(),
  /** Days a sent or failed mail stays in the outbox (it holds addresses and links), then it is deleted. */
  MAIL_OUTBOX_RETENTION_DAYS: outboxRetentionDays,
  /**
   * SMS (kernel/sms): without SMS_PROVIDER_URL every SMS stays in the local outbox (nothing leaves the
   * machine); with it, the delivery job POSTs each one to that URL with SMS_PROVIDER_TOKEN as bearer token.
   */
  SMS_PROVIDER_URL: z
    .string()
    .regex(/^https?:\/\//, 'muss mit https:// oder http:// beginnen')
    .optional(),
  SMS_PROVIDER_TOKEN: z.string().min(1).optional(),
  /** Days a delivered or failed SMS stays in the SMS outbox (it holds numbers and links), then it is deleted. */
  SMS_OUTBOX_RETENTION_DAYS: outboxRetentionDays,
  /**
   * Seconds between SIGTERM and closing the server, while /healthz already answers 503 so the load
   * balancer takes the instance out of rotation. Default: 5 in production, 0 otherwise.
   */
  SHUTDOWN_DRAIN_SECONDS: z.coerce
    .number({ error: 'muss eine ganze Zahl von Sekunden sein (0 bis 300)' })
    .int({ error: 'muss eine ganze Zahl von Sekunden sein (0 bis 300)' })
    .min(0, { error: 'darf nicht negativ sein' })
    .max(300, { error: 'darf höchstens 300 Sekunden sein' })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  JOBS: booleanFromEnv.default(true),
  /** Development and profiling: each request's queries with their times in the log and a Server-Timing header. */
  TRACE_QUERIES: booleanFromEnv.default(false),
  /** Upload limits per file and per file field. */
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  UPLOAD_MAX_FILES: z.coerce.number().int().min(1).max(50).default(10),
  /**
   * Bearer token for GET /metrics (Prometheus text format, kernel/metrics). Without it the endpoint
   * does not exist (404). At least 32 characters: it guards numbers about the whole installation.
   */
  METRICS_TOKEN: z
    .string()
    .min(32, { error: 'muss mindestens 32 Zeichen lang sein (ein zufälliges Token, z. B. von openssl rand -hex 32)' })
    .regex(/^[\x21-\x7e]+$/, { error: 'darf nur sichtbare ASCII-Zeichen ohne Leerzeichen enthalten (es steht im Authorization-Header)' })
    .optional(),
  /** S3-compatible object storage for files; without S3_BUCKET files are stored below DATA_DIR/files. */
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().default('eu-central-1'),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: booleanFromEnv.default(true),
});
export type Env = z.infer<typeof envSchema>;
