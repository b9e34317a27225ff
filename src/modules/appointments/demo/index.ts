export { seedAppointmentsDemo } from './seed';
