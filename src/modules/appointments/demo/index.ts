export { seedAppointmentsDemo } from './seed';
export { readAppointmentsPack } from './pack';
