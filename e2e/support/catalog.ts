/** The catalog as the browser will load it, for generic end-to-end stories that never name an app. */
import { loadAll } from '../../src/integrations/load-all.support';

export const definitions = await loadAll();

/** Each input's own example (what an admin would type on the first step), and what an app shows in a round trip. */
export { exampleInputs, roundTripValues } from '../../src/integrations/examples.support';
