export { enqueue, type EnqueueOptions } from './queue';
export { createWorker, startPolling, scheduleRecurring, type JobHandler, type Worker } from './worker';
export { jobs } from './tables';
