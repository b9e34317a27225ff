// PLACEHOLDER — replaced by the owner of demo/.
import type { ModuleDeps } from '../../../kernel/module';

export const DEMO_FORM_KEYS: readonly string[] = [];
export async function seedFormsDemo(_deps: ModuleDeps): Promise<void> {}
