export { loadConfig, ConfigError, PROJECT_ROOT, type Config, type DatabaseConfig } from './load';
export type { Municipality } from './schema';
export { contrastRatio } from './contrast';
export { defineSettings, moduleSettings, type ModuleSettings, type SettingsDeclaration, type SettingsSource, type NodeEnv } from './module-settings';
