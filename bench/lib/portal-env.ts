/**
 * The portal as it runs in production (NODE_ENV=production: no dev error pages, production cookies),
 * on loopback and with the invoice as the only payment provider, for the parts that load its pages.
 */
export const PRODUCTION_PORTAL_ENV: Record<string, string> = {
  LOG_LEVEL: 'warn',
  DEMO_DATA: 'true',
  NODE_ENV: 'production',
  APP_SECRET: 'bench-secret-bench-secret-bench-secret-00',
  BASE_URL: 'http://127.0.0.1',
  PAYMENT_PROVIDERS: 'invoice',
};
