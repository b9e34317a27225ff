export { loadConfig, ConfigError, PROJECT_ROOT, type Config, type DatabaseConfig } from './load';
export type { Municipality } from './schema';
export { defineSettings, moduleSettings, type ModuleSettings } from './module-settings';
export type { DemoPackPart } from './demo-pack';
export { logoCandidates } from './file-checks';
