/**
 * `npm run lint`: the type check, ESLint, the formatter check and the dead-code check, all four even
 * when one fails, each failure with what to do about it. They run at once (about 25 s instead of 45 s
 * one after the other on two cores); each one's output is printed in one piece when it ends. Run it
 * through npm, which finds the tools in node_modules/.bin.
 */
import { spawn } from 'node:child_process';

const CHECKS = [
  {
    name: 'TypeScript',
    command: 'tsc --noEmit',
    fix: 'Fix the type errors listed above.',
  },
  {
    name: 'ESLint',
    command: 'eslint --max-warnings 0 .',
    fix: 'Fix the lines listed above (npx eslint --fix . repairs some of them).',
  },
  {
    name: 'Prettier',
    command: 'prettier --check .',
    fix: 'Run npm run format: it formats the files listed above.',
  },
  {
    name: 'knip',
    command: 'knip',
    fix: 'Remove each unused export, file or dependency listed above, or use it. Something loaded only by path goes into knip.json with a comment why.',
  },
];

function run(check: (typeof CHECKS)[number]): Promise<boolean> {
  const started = performance.now();
  return new Promise((done) => {
    // Through the shell: npm run puts node_modules/.bin on the PATH, on Windows too.
    const child = spawn(check.command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const ok = code === 0;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n──── ${check.name} (${check.command}): ${ok ? 'ok' : 'FAILED'}, ${seconds} s ────\n${Buffer.concat(output).toString()}`);
      if (!ok) process.stderr.write(`\n${check.name} failed. ${check.fix}\n`);
      done(ok);
    });
  });
}

const results = await Promise.all(CHECKS.map(async (check) => ({ name: check.name, ok: await run(check) })));
const failed = results.filter((result) => !result.ok).map((result) => result.name);
if (failed.length > 0) {
  console.error(`npm run lint: ${failed.join(', ')} failed.`);
  process.exitCode = 1;
}
