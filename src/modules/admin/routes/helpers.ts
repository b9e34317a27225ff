import type { FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import type { CatalogueContext } from '../use-cases';

/** The deps a use case gets from a page: the module deps plus the client address for the audit log. */
export function contextOf(request: FastifyRequest, deps: ModuleDeps): CatalogueContext & ModuleDeps {
  return { ...deps, ip: request.ip };
}

/** The strings of a form body or query, to show them again (checkbox lists see `listValue`). */
export function stringValues(input: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (input && typeof input === 'object') {
    for (const [key, value] of Object.entries(input)) if (typeof value === 'string' && key !== '_csrf') values[key] = value.slice(0, 1000);
  }
  return values;
}

/** Ticked checkboxes as sent: none, one (a string) or several (an array). */
export function listValue(input: unknown, key: string): string[] {
  const value = input && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
