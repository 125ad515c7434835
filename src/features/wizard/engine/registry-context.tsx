import { createContext, use, type ReactNode } from 'react';
import type { AnyIntegration, IntegrationDefinition } from './types';

// The composition root hands the registry in (as a promise, so definitions and zod load with the
// first screen that needs them, not with the entry chunk); the wizard never imports an integration.
const RegistryContext = createContext<Promise<readonly AnyIntegration[]>>(Promise.resolve([]));

export function IntegrationRegistryProvider(props: { integrations: Promise<readonly AnyIntegration[]>; children: ReactNode }) {
  return <RegistryContext.Provider value={props.integrations}>{props.children}</RegistryContext.Provider>;
}

/** Suspends until the registry has loaded. */
export function useIntegrations(): readonly IntegrationDefinition[] {
  return use(use(RegistryContext));
}

export function useIntegration(id: string | undefined): IntegrationDefinition | undefined {
  return useIntegrations().find((definition) => definition.id === id);
}
