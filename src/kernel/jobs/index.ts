export { enqueue } from './queue';
export { createWorker, startPolling, scheduleRecurring, type JobHandler, type Worker } from './worker';
