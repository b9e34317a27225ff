/** `npm run new:module -- <name>`: writes a module that follows the contract (scripts/module-generator.ts). */
import { generate, refusal } from './module-generator';

const name = process.argv[2]?.trim();
const problem = refusal(process.cwd(), name);
if (problem) {
  console.error(problem);
  process.exit(1);
}
const written = generate(process.cwd(), name!);
console.log(`Modul „${name}“ angelegt:\n${written.map((file) => `  ${file}`).join('\n')}`);
console.log(`\nNächste Schritte: Migration prüfen, npx tsc --noEmit, npx eslint src/modules/${name}, npm run test:unit -- src/modules/${name}/${name}.test.ts`);
