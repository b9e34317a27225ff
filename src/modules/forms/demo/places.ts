import { z } from 'zod';

const address = z.object({ street: z.string().min(1), houseNumber: z.string().min(1), postalCode: z.string().regex(/^\d{5}$/), city: z.string().min(1) });

/**
 * The town's places in the example answers: the demo pack's `applications.json` (`places`) names
 * them for the demo citizen's Anträge; tests use the neutral EXAMPLE_PLACES.
 */
export const demoPlacesSchema = z.object({
  /** The demo citizen's home. */
  home: address,
  /** A second address in town (partner, new keeper of a dog, new premises, Halteverbot street). */
  other: address,
  /** Business premises of the Gewerbe example. */
  premises: address,
  birthPlace: z.string().min(1),
  /** A landline number with the town's dialling code. */
  phone: z.string().min(1),
  /** Where the Fundsache was lost, in the town's words. */
  lostWhere: z.string().min(1),
  /** Where the Mängelmeldung's defect is. */
  defectLocation: z.string().min(1),
  /** The Kitas the Kita-Vormerkung prefers. */
  preferredKitas: z.string().min(1),
});
export type DemoPlaces = z.infer<typeof demoPlacesSchema>;

export const EXAMPLE_PLACES: DemoPlaces = {
  home: { street: 'Musterstraße', houseNumber: '12', postalCode: '12345', city: 'Musterstadt' },
  other: { street: 'Bahnhofstraße', houseNumber: '45a', postalCode: '12345', city: 'Musterstadt' },
  premises: { street: 'Marktplatz', houseNumber: '8', postalCode: '12345', city: 'Musterstadt' },
  birthPlace: 'Musterstadt',
  phone: '01234 123456',
  lostWhere: 'Zwischen Rathaus und Bahnhof, vermutlich im Bus der Linie 1',
  defectLocation: 'Fußweg am Stadtpark, Höhe Parkplatz Sporthalle',
  preferredKitas: 'Kita Sonnenschein, Kita Am Stadtpark',
};
