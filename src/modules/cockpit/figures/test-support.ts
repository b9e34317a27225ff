import type { KeyFigure, ModuleManifest } from '../../../kernel/module';

/** A figure with plain defaults, for tests of the job and the pages. */
export const testFigure = (key: string, value: number | null, extra: Partial<KeyFigure> = {}): KeyFigure => ({
  key,
  label: `Zahl ${key}`,
  unit: 'count',
  definition: 'Gezählt zum Testen.',
  value,
  ...extra,
});

/** A module whose figures the test sets before each run; an Error stands for a broken query. */
export function fakeFigureModule(id: string, area: string): { manifest: ModuleManifest; state: { answer: KeyFigure[] | Error } } {
  const state: { answer: KeyFigure[] | Error } = { answer: [] };
  const manifest: ModuleManifest = {
    id,
    figures: {
      area,
      compute: async () => {
        if (state.answer instanceof Error) throw state.answer;
        return state.answer;
      },
    },
  };
  return { manifest, state };
}
