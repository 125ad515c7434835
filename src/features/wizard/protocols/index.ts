/** The protocol modules, by the id a definition's provider names. */
import type { CreatedPair } from '../model/types';
import { oidc } from './oidc/module';
import { saml } from './saml/module';
import { proxy } from './proxy/module';
import type { ProtocolModule } from './types';

const MODULES = { oidc, saml, proxy } as const;

export type ProtocolId = keyof typeof MODULES;

export function protocolModule(id: ProtocolId): ProtocolModule {
  return MODULES[id] as unknown as ProtocolModule;
}

/** The module for a pair authentik reported (by its provider's model name), or undefined. */
export function moduleForModel(model: string | undefined): ProtocolModule | undefined {
  return Object.values(MODULES).find((module) => module.providerModel === model) as ProtocolModule | undefined;
}

export function moduleOf(pair: CreatedPair): ProtocolModule {
  return protocolModule(pair.protocol);
}
