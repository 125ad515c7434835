/**
 * The only two things the simulator takes from the wizard app, both browser-safe data:
 * - the types generated from the newest schema (`npm run generate:api`), which the simulator's
 *   records follow (older releases are served as a projection of that superset);
 * - the release table (`src/lib/authentik/releases.ts`), so the simulator and the wizard's
 *   protocol code read the same facts about what differs between authentik releases.
 */
export type { components } from '../../../src/lib/authentik/schema.gen.ts';
export * from '../../../src/lib/authentik/releases.ts';
