/**
 * Where the process is in its life, shared by the health route and the shutdown in main.ts (the
 * app carries it as `app.lifecycle`, so neither needs a module-level global). While draining, the
 * load balancer sees /healthz fail and stops sending new requests; every other request is still
 * served until the server closes.
 */
export interface Lifecycle {
  readonly draining: boolean;
  /** Marks the process as draining and waits `seconds`; `skipWait()` ends the wait early. */
  drain(seconds: number): Promise<void>;
  /** A second signal during the drain: stop waiting and shut down now. */
  skipWait(): void;
}

export function createLifecycle(): Lifecycle {
  let draining = false;
  let endWait: (() => void) | undefined;
  return {
    get draining() {
      return draining;
    },
    drain(seconds) {
      draining = true;
      if (seconds <= 0) return Promise.resolve();
      return new Promise((resolveWait) => {
        const timer = setTimeout(() => endWait?.(), seconds * 1000);
        endWait = () => {
          clearTimeout(timer);
          endWait = undefined;
          resolveWait();
        };
      });
    },
    skipWait() {
      endWait?.();
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    lifecycle: Lifecycle;
  }
}
