import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
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

const nameOf = (frame: CallFrame, bucket: string) =>
  `${frame.functionName || '(anonymous)'}  ${bucket}${frame.url ? ` ${frame.url.split('/').at(-1)}:${frame.lineNumber + 1}` : ''}`;

/**
 * Self time by bucket, the busiest functions, and the portal's functions by inclusive time (with
 * what they call: where a request's time goes, page by page), as text. Idle time is left out of
 * the shares, and so is everything before `skipMicros` (the start, which a load of a few seconds
 * would otherwise dominate).
 */
export function summariseProfile(file: string, { top = 20, skipMicros = 0 } = {}): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const selfTime = new Map<number, number>();
  let elapsed = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    elapsed += micros;
    if (elapsed >= skipMicros) selfTime.set(id, (selfTime.get(id) ?? 0) + micros);
  });
  const byBucket = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of selfTime) {
    const frame = frames.get(id)!;
    if (frame.functionName === '(idle)') continue;
    busy += micros;
    const bucket = bucketOf(frame);
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + micros);
    const name = nameOf(frame, bucket);
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    // Each portal function on the stack once, however deep it recurses.
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const caller = frames.get(at)!;
      if (bucketOf(caller) === 'portal (dist/)' && caller.functionName) onStack.add(nameOf(caller, 'portal'));
    }
    for (const portal of onStack) inclusive.set(portal, (inclusive.get(portal) ?? 0) + micros);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `\nCPU profile: ${(busy / 1e6).toFixed(1)} s busy under load (idle and the start left out). Self time by where it is spent:`,
    ...sorted(byBucket).map(([bucket, micros]) => `  ${percent(micros, busy)}  ${bucket}`),
    `Busiest functions (self time):`,
    ...sorted(byFunction).map(([name, micros]) => `  ${percent(micros, busy)}  ${name}`),
    `The portal's functions with what they call (inclusive time):`,
    ...sorted(inclusive).map(([name, micros]) => `  ${percent(micros, busy)}  ${name}`),
  ].join('\n');
}
