/**
 * The catalogue: every integration the wizard offers. Only src/app reads this module; the generic
 * wizard receives definitions from it and never names an app.
 */
import type { IntegrationDefinition } from '../features/wizard/engine/types';
import { cloudflareAccess } from './cloudflare-access/definition';
import { osticket } from './osticket/definition';
import { youtrack } from './youtrack/definition';

// Each definition keeps its precise input type; `any` lets them share one array.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const definitions = [cloudflareAccess, osticket, youtrack] as const satisfies readonly IntegrationDefinition<any>[];

/**
 * Typed for the generic wizard: it only ever calls a definition with values that the
 * definition's own `inputs` schema produced, so widening the input type is safe.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const integrations: readonly IntegrationDefinition[] = definitions as readonly IntegrationDefinition<any>[];

export function findIntegration(id: string): IntegrationDefinition | undefined {
  return integrations.find((integration) => integration.id === id);
}
