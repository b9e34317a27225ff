/**
 * `npm run lint`: ESLint, the formatter check and the dead-code check, all three even when one fails,
 * each failure with what to do about it. Run it through npm, which finds the tools in node_modules/.bin.
 */
import { spawnSync } from 'node:child_process';

const CHECKS = [
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

const failed: string[] = [];
for (const check of CHECKS) {
  // Through the shell: npm run puts node_modules/.bin on the PATH, on Windows too.
  const result = spawnSync(check.command, { stdio: 'inherit', shell: true });
  if (result.status !== 0) {
    failed.push(check.name);
    console.error(`\n${check.name} failed. ${check.fix}\n`);
  }
}
if (failed.length > 0) {
  console.error(`npm run lint: ${failed.join(', ')} failed.`);
  process.exitCode = 1;
}
