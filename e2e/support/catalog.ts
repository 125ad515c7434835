/** The catalog as the browser will load it, for generic end-to-end stories that never name an app. */
import { loadAll } from '../../src/integrations/load-all';

export const definitions = await loadAll();

/** Each input's label and its own example: what an admin would type on the first step. */
export function exampleInputs(definition: (typeof definitions)[number]): Record<string, string> {
  return Object.fromEntries(Object.entries(definition.inputUi).map(([key, ui]) => [key, ui.example]));
}
