import { z } from 'zod';
import { LIFE_SITUATION_SLUGS } from '../life-situations';
import { PAYMENT_POLICIES } from '../payment-policies';

const text = z.string().min(1);
const optionalText = text.nullable().optional();

/** A Fachbereich with the contact its Leistungen show unless they name their own. */
const departmentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'muss eine Kennung wie buergeramt sein'),
  name: text,
  email: z.email(),
  contact: z.object({ phone: text, email: z.email(), address: text, hours: text }),
});

/** One Leistung, field by field as the `services` table stores it (camelCase). */
const serviceSchema = z.object({
  departmentId: text,
  slug: z.string().regex(/^[a-z0-9-]+$/, 'muss ein Kurzname wie hundesteuer-anmeldung sein'),
  leikaKey: z
    .string()
    .regex(/^\d{14}$/, 'muss der 14-stellige LeiKa-Schlüssel sein')
    .nullable()
    .optional(),
  name: text,
  summary: text,
  description: text,
  eligibility: text,
  requiredDocuments: z.array(text).default([]),
  fees: text,
  feeCents: z.number().int().min(0).nullable().optional(),
  processingTime: text,
  processingDays: z.number().int().min(1),
  legalBases: z.array(z.object({ title: text, url: z.url().optional() })).default([]),
  contactPhone: optionalText,
  contactEmail: z.email().nullable().optional(),
  contactAddress: optionalText,
  contactHours: optionalText,
  personalAppearance: z.boolean().default(false),
  appearanceReason: optionalText,
  appearanceBring: z.array(text).default([]),
  appointmentService: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .nullable()
    .optional(),
  externalPortalName: optionalText,
  externalPortalUrl: z.url().nullable().optional(),
  ozgLevel: z.number().int().min(0).max(4).default(0),
  onlineApplication: z.boolean().default(false),
  guestAllowed: z.boolean().default(false),
  paymentPolicy: z.enum(PAYMENT_POLICIES).default('none'),
  retentionDays: z.number().int().min(1).optional(),
  lifeSituations: z.array(z.enum(LIFE_SITUATION_SLUGS)).default([]),
  keywords: z.string().default(''),
});

/** `services.json` of a demo pack: the Fachbereiche and the Leistungskatalog. */
export const servicesPackSchema = z.object({ departments: z.array(departmentSchema).min(1), services: z.array(serviceSchema) }).superRefine((pack, ctx) => {
  const ids = new Set(pack.departments.map((department) => department.id));
  pack.services.forEach((service, index) => {
    if (!ids.has(service.departmentId)) {
      ctx.addIssue({ code: 'custom', path: ['services', index, 'departmentId'], message: `names no department of this file (${[...ids].join(', ')})` });
    }
  });
});
export type ServicesPack = z.infer<typeof servicesPackSchema>;
