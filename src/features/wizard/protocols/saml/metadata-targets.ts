/**
 * Which of a definition's fields an SP's metadata fills: the input (or round-trip field) that is
 * the provider's ACS URL, and the one that is its audience (the SP entity ID). Read from the
 * definition itself, so the generic wizard names no app.
 */
import type { DefinitionData } from '../../definition/format';

export interface MetadataTargets {
  /** The field key that receives the ACS URL. */
  acs?: string;
  /** The field key that receives the SP entity ID. */
  entity?: string;
}

const wholeKey = (template: string | undefined) => /^\{(\w+)\}$/.exec(template ?? '')?.[1];

/** The inputs of the first step that are exactly the ACS URL or the audience. */
export function inputTargets(data: Pick<DefinitionData, 'provider' | 'inputs'>): MetadataTargets {
  if (data.provider.protocol !== 'saml') return {};
  const acs = wholeKey(data.provider.acsUrl);
  const entity = wholeKey(data.provider.audience);
  return { ...(acs && data.inputs[acs] ? { acs } : {}), ...(entity && data.inputs[entity] ? { entity } : {}) };
}

/** The round trip's fields that write the ACS URL and the audience. */
export function roundTripTargets(data: Pick<DefinitionData, 'provider' | 'roundTrip'>): MetadataTargets {
  if (data.provider.protocol !== 'saml' || !data.roundTrip) return {};
  const entries = Object.entries(data.roundTrip.fields);
  const acs = entries.find(([, field]) => field.sets === 'acs_url')?.[0];
  const entity = entries.find(([, field]) => field.sets === 'audience')?.[0];
  return { ...(acs ? { acs } : {}), ...(entity ? { entity } : {}) };
}

export const hasTargets = (targets: MetadataTargets) => targets.acs !== undefined || targets.entity !== undefined;
