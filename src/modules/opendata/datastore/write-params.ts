import { z } from 'zod';

/** A name or a list of names (CKAN takes `"primary_key": "id"` and `["a", "b"]`, or "a,b"). */
const nameList = z
  .union([z.array(z.string()), z.string().transform((text) => text.split(','))])
  .transform((list) => list.map((name) => name.trim()).filter(Boolean));
const flag = z.union([z.boolean(), z.enum(['true', 'false', 'True', 'False']).transform((value) => value.toLowerCase() === 'true')]);
const record = z.record(z.string(), z.unknown(), { error: 'Jeder Datensatz ist ein JSON-Objekt.' });

export const datastoreCreateSchema = z.object({
  resource_id: z.string().min(1, 'Geben Sie resource_id an.'),
  fields: z
    .array(z.object({ id: z.string(), type: z.string().optional(), info: z.record(z.string(), z.unknown()).optional() }), {
      error: 'fields ist eine Liste von Feldern ({"id": …, "type": …}).',
    })
    .optional(),
  records: z.array(record).optional(),
  primary_key: nameList.optional(),
  indexes: nameList.optional(),
  force: flag.default(false),
});

export const datastoreUpsertSchema = z.object({
  resource_id: z.string().min(1, 'Geben Sie resource_id an.'),
  records: z.array(record, { error: 'records ist eine Liste von Datensätzen.' }),
  method: z.enum(['upsert', 'insert', 'update'], { error: 'Wählen Sie als method upsert, insert oder update.' }).default('upsert'),
  force: flag.default(false),
});

export const datastoreDeleteSchema = z.object({
  resource_id: z.string().min(1, 'Geben Sie resource_id an.'),
  filters: z.record(z.string(), z.unknown()).optional(),
  force: flag.default(false),
});

export type DatastoreCreateParams = z.output<typeof datastoreCreateSchema>;
export type DatastoreUpsertParams = z.output<typeof datastoreUpsertSchema>;
export type DatastoreDeleteParams = z.output<typeof datastoreDeleteSchema>;
