/** A service as a booking asks for it: its duration for one person and for how many persons. */
export interface AskedService {
  durationMinutes: number;
  quantity: number;
}

/**
 * How many consecutive units of `slotMinutes` a booking needs: the services' durations times their
 * persons, added up (issue 14: "durations add up"), rounded up to whole units.
 */
export function unitsNeeded(services: readonly AskedService[], slotMinutes: number): number {
  const minutes = services.reduce((sum, service) => sum + service.durationMinutes * service.quantity, 0);
  return Math.max(1, Math.ceil(minutes / slotMinutes));
}
