/**
 * The node:test reporter of scripts/run-tests.ts: node's spec reporter for what a person reads, and
 * where each test file of the process ends, one line with the file's tests (name, suite or test,
 * duration, outcome) in place of its boundary test (run-tests/file-ends.ts). A test is counted to the
 * file that ran it, also when a shared helper defined it.
 */
import { spec } from 'node:test/reporters';
import { endedFile, fileEndLine, type TimingLine } from './file-ends';

interface TestEvent {
  type: string;
  data: { name?: string; skip?: unknown; todo?: unknown; details?: { duration_ms?: number; type?: string } };
}

function timingLine(event: TestEvent): TimingLine {
  const { name = '', skip, todo, details } = event.data;
  const outcome = event.type === 'test:fail' ? 'fail' : skip || todo ? 'skip' : 'pass';
  return { name, suite: details?.type === 'suite', ms: details?.duration_ms ?? 0, outcome };
}

export default async function* runnerReporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const reporter = new spec();
  let tests: TimingLine[] = [];
  for await (const event of source) {
    const ended = event.data.name === undefined ? undefined : endedFile(event.data.name);
    if (ended !== undefined) {
      if (event.type === 'test:pass') {
        yield fileEndLine({ file: ended, tests });
        tests = [];
      }
      continue;
    }
    if (event.type === 'test:pass' || event.type === 'test:fail') tests.push(timingLine(event));
    reporter.write(event);
    yield String(reporter.read() ?? '');
  }
  reporter.end();
  for await (const chunk of reporter) yield String(chunk);
}
