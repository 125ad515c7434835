/**
 * Which integration an existing pair is: the definitions' own templates (redirect URIs, ACS URL,
 * audience) say how its provider looks, the application's name or slug may name the app. A pair
 * nothing fits is the protocol's generic integration.
 */
import type { CreatedPair, IntegrationDefinition } from '../wizard/engine/types';

export interface Recognised {
  definition: IntegrationDefinition;
  /** False for the protocol's generic integration. */
  named: boolean;
  evidence: string[];
}

/** A match on fewer literal characters than this ("{url}/") says nothing without the name. */
const STRONG = 5;
const NAME_WEIGHT = 20;

const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 0);

/** "proxmox-ve" / "Proxmox VE" → ["proxmoxve", "proxmox"]; "argocd" / "Argo CD" → ["argocd"]. */
function nameTokens(definition: IntegrationDefinition): string[] {
  const first = words(definition.name)[0] ?? '';
  return [...new Set([definition.id.replace(/-/g, ''), ...(first.length >= 5 ? [first] : [])])];
}

function namedIn(definition: IntegrationDefinition, pair: CreatedPair): boolean {
  const launch = (() => {
    try {
      return new URL(pair.application.meta_launch_url ?? '').hostname;
    } catch {
      return '';
    }
  })();
  const texts = [pair.application.slug, pair.application.name, pair.provider.name, launch];
  const all = texts.flatMap(words);
  const joined = texts.map((text) => text.toLowerCase().replace(/[^a-z0-9]/g, ''));
  return nameTokens(definition).some((token) => all.some((word) => word.startsWith(token)) || (token.length >= 6 && joined.some((text) => text.includes(token))));
}

export function isGeneric(definition: IntegrationDefinition): boolean {
  return definition.category === 'generic';
}

export function recognise(pair: CreatedPair, definitions: readonly IntegrationDefinition[]): Recognised | null {
  let best: { definition: IntegrationDefinition; score: number; evidence: string[] } | null = null;
  for (const definition of definitions) {
    if (isGeneric(definition) || definition.protocol.id !== pair.protocol) continue;
    const fit = definition.recognize(pair);
    const named = namedIn(definition, pair);
    if (fit.score < STRONG && !named) continue;
    const score = fit.score + (named ? NAME_WEIGHT : 0);
    if (best === null || score > best.score) {
      best = { definition, score, evidence: [...fit.evidence, ...(named ? [`the application’s name or slug names ${definition.name}`] : [])] };
    }
  }
  if (best) return { definition: best.definition, named: true, evidence: best.evidence };
  const generic = definitions.find((definition) => isGeneric(definition) && definition.protocol.id === pair.protocol);
  return generic ? { definition: generic, named: false, evidence: ['no catalog app fits its provider'] } : null;
}
