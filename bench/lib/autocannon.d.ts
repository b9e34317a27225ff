/** The part of autocannon 8's programmatic API the benchmark uses (the package ships no types). */
declare module 'autocannon' {
  export interface Options {
    url: string;
    connections?: number;
    pipelining?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds until a request counts as timed out. */
    timeout?: number;
    headers?: Record<string, string>;
    method?: string;
    body?: string | Buffer;
    /** Called once per connection: lets each connection send its own headers and body (a session of its own). */
    setupClient?: (client: Client) => void;
  }

  export interface Client {
    /** This connection's own requests (sent in turn), each over the defaults of Options. */
    setRequests(requests: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }[]): void;
  }

  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total?: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  export interface Result {
    url: string;
    /** Seconds. */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    latency: Histogram;
    requests: Histogram & { sent: number };
    throughput: Histogram;
    /** Answers per HTTP status code. */
    statusCodeStats?: Record<string, { count: number }>;
  }

  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
