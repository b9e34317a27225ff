import type { NewService } from '../tables';

/**
 * Fachbereiche the demo Leistungen belong to. The services module seeds before the admin module
 * (registry order), so it inserts the departments it refers to itself (idempotent, never changing
 * existing rows); the admin demo then finds them. Addresses are reserved `.example` ones.
 */
export const DEMO_SERVICE_DEPARTMENTS = [
  { id: 'buergeramt', name: 'Bürgeramt', email: 'buergeramt@iserlohn.example' },
  { id: 'ordnungsamt', name: 'Ordnungsamt', email: 'ordnungsamt@iserlohn.example' },
  { id: 'jugendamt', name: 'Jugendamt', email: 'jugendamt@iserlohn.example' },
  { id: 'stadtkasse', name: 'Stadtkasse', email: 'stadtkasse@iserlohn.example' },
  { id: 'bauordnung', name: 'Bauordnung', email: 'bauordnung@iserlohn.example' },
  { id: 'standesamt', name: 'Standesamt', email: 'standesamt@iserlohn.example' },
  { id: 'steueramt', name: 'Steueramt', email: 'steueramt@iserlohn.example' },
  { id: 'wahlamt', name: 'Wahlamt', email: 'wahlamt@iserlohn.example' },
  { id: 'tiefbau', name: 'Tiefbau und Verkehr', email: 'tiefbau@iserlohn.example' },
  { id: 'rechtsamt', name: 'Rechtsamt', email: 'rechtsamt@iserlohn.example' },
] as const;

export type DemoDepartmentId = (typeof DEMO_SERVICE_DEPARTMENTS)[number]['id'];

type Contact = Pick<NewService, 'contactPhone' | 'contactEmail' | 'contactAddress' | 'contactHours'>;

const RATHAUS = 'Rathaus, Schillerplatz 7, 58636 Iserlohn';
const PHONE = '02371 217-0';
const HOURS = 'Montag bis Mittwoch 8:00 bis 16:00 Uhr, Donnerstag 8:00 bis 18:00 Uhr, Freitag 8:00 bis 12:00 Uhr';

/** Where to reach each Fachbereich; a Leistung inherits it unless it names its own. */
export const DEMO_CONTACTS: Record<DemoDepartmentId, Contact> = {
  buergeramt: { contactPhone: PHONE, contactEmail: 'buergeramt@iserlohn.example', contactAddress: `Bürgerbüro, ${RATHAUS}, Erdgeschoss`, contactHours: HOURS },
  ordnungsamt: { contactPhone: PHONE, contactEmail: 'ordnungsamt@iserlohn.example', contactAddress: `${RATHAUS}, 2. Etage`, contactHours: 'Montag bis Freitag 8:00 bis 12:00 Uhr und nach Vereinbarung' },
  jugendamt: { contactPhone: PHONE, contactEmail: 'jugendamt@iserlohn.example', contactAddress: `${RATHAUS}, 3. Etage`, contactHours: 'Montag bis Freitag 8:30 bis 12:00 Uhr, Donnerstag auch 14:00 bis 17:00 Uhr' },
  stadtkasse: { contactPhone: PHONE, contactEmail: 'stadtkasse@iserlohn.example', contactAddress: `${RATHAUS}, 1. Etage`, contactHours: 'Montag bis Freitag 8:30 bis 12:00 Uhr' },
  bauordnung: { contactPhone: PHONE, contactEmail: 'bauordnung@iserlohn.example', contactAddress: `${RATHAUS}, 4. Etage`, contactHours: 'Dienstag und Donnerstag 8:30 bis 12:00 Uhr und nach Vereinbarung' },
  standesamt: { contactPhone: PHONE, contactEmail: 'standesamt@iserlohn.example', contactAddress: `${RATHAUS}, Erdgeschoss`, contactHours: 'Montag bis Freitag 8:30 bis 12:00 Uhr, Donnerstag auch 14:00 bis 17:00 Uhr' },
  steueramt: { contactPhone: PHONE, contactEmail: 'steueramt@iserlohn.example', contactAddress: `${RATHAUS}, 1. Etage`, contactHours: 'Montag bis Freitag 8:30 bis 12:00 Uhr' },
  wahlamt: { contactPhone: PHONE, contactEmail: 'wahlamt@iserlohn.example', contactAddress: `${RATHAUS}, Erdgeschoss`, contactHours: HOURS },
  tiefbau: { contactPhone: PHONE, contactEmail: 'tiefbau@iserlohn.example', contactAddress: `${RATHAUS}, 4. Etage`, contactHours: 'Montag bis Freitag 8:30 bis 12:00 Uhr' },
  rechtsamt: { contactPhone: PHONE, contactEmail: 'rechtsamt@iserlohn.example', contactAddress: `${RATHAUS}, 2. Etage`, contactHours: 'Montag bis Freitag 8:30 bis 12:00 Uhr' },
};

/** A demo Leistung: its department's contact unless it brings its own. */
export function demoService(departmentId: DemoDepartmentId, service: Omit<NewService, 'departmentId'>): NewService {
  return { ...DEMO_CONTACTS[departmentId], ...service, departmentId };
}
