import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { registerCitizenBookingRoutes } from './citizen-routes';
import { registerStaffBookingRoutes } from './staff-routes';

/** Booking (README.md, "Booking"): the citizen pages and the staff pages of participants. */
export function registerBookingRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  registerCitizenBookingRoutes(app, deps);
  registerStaffBookingRoutes(app, deps);
}

export { bookingPersonalData, bookingsOverview } from './use-cases/personal-data';
export { proofJobs } from './proof-files';
export { BOOKING_PATHS } from './paths';
export { BookingPanel } from './views/booking-panel';
export { listBookingStaffTasks } from './use-cases/staff-tasks';
