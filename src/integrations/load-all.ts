/** For tests and scripts: every catalog entry loaded and compiled, as the wizard's router does one at a time. */
import { compileIntegration } from '../features/wizard/engine/compile';
import type { IntegrationDefinition } from '../features/wizard/engine/types';
import { catalog } from './registry';

export async function loadAll(): Promise<IntegrationDefinition[]> {
  return Promise.all(catalog.map(async (entry) => compileIntegration(entry, (await entry.load()).default)));
}
