import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where a frame's time is counted: the npm package, Node's own code, PostgreSQL compiled to
 * WebAssembly (PGlite), V8's bookkeeping, or the portal's bundle.
 */
export function bucketOf({ functionName, url }: CallFrame): string {
  if (!url) return /^\(.*\)$/.test(functionName) ? functionName : functionName.startsWith('wasm-function') ? 'PostgreSQL (wasm)' : 'native';
  if (url.startsWith('node:')) return 'node internals';
  if (url.startsWith('wasm://')) return 'PostgreSQL (wasm)';
  const inModules = url.split('node_modules/').at(-1)!;
  if (inModules !== url) {
    const parts = inModules.split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return 'portal (dist/)';
}

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1).padStart(5)} %`;

/** Self time by bucket and the busiest functions, as text; idle time is left out of the shares. */
export function summariseProfile(file: string, top = 20): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const byBucket = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of selfTime) {
    const frame = frames.get(id)!;
    if (frame.functionName === '(idle)') continue;
    busy += micros;
    const bucket = bucketOf(frame);
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + micros);
    const name = `${frame.functionName || '(anonymous)'}  ${bucket}${frame.url ? ` ${frame.url.split('/').at(-1)}:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `\nCPU profile: ${(busy / 1e6).toFixed(1)} s busy (idle left out). Self time by where it is spent:`,
    ...sorted(byBucket).map(([bucket, micros]) => `  ${percent(micros, busy)}  ${bucket}`),
    `Busiest functions (self time):`,
    ...sorted(byFunction).map(([name, micros]) => `  ${percent(micros, busy)}  ${name}`),
  ].join('\n');
}
