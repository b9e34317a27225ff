/**
 * A node:test reporter for scripts/run-tests.ts: one JSON line per finished test (name, suite or
 * test, duration, outcome). The runner adds them up into the summary and the slowest-tests list;
 * the spec reporter beside it prints what a person reads.
 */
interface TestEvent {
  type: string;
  data: { name: string; nesting: number; skip?: unknown; todo?: unknown; details?: { duration_ms?: number; type?: string } };
}

export interface TimingLine {
  name: string;
  suite: boolean;
  ms: number;
  outcome: 'pass' | 'fail' | 'skip';
}

export default async function* timingReporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, skip, todo, details } = event.data;
    const outcome = event.type === 'test:fail' ? 'fail' : skip || todo ? 'skip' : 'pass';
    const line: TimingLine = { name, suite: details?.type === 'suite', ms: details?.duration_ms ?? 0, outcome };
    yield `${JSON.stringify(line)}\n`;
  }
}
