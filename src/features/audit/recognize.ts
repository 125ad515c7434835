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
  /**
   * Not sure: the catalog apps (ids, best first) its provider fits, none strongly enough or alone,
   * with nothing naming one, then the protocol's generic app, as which it is checked until the
   * admin picks one.
   */
  candidates?: string[];
}

/**
 * A match on fewer literal characters than this says nothing without the name: a short callback
 * path such as "/oauth/callback" is shared by many apps, and a hand-made pair for another app
 * would be reported as one of them with confidence.
 */
export const STRONG = 20;
const NAME_WEIGHT = 20;
/** At most this many apps are offered when unsure (a bare host fits several apps' templates). */
export const MAX_CANDIDATES = 5;

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);

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
  return nameTokens(definition).some(
    (token) => all.some((word) => word.startsWith(token)) || (token.length >= 6 && joined.some((text) => text.includes(token))),
  );
}

export function isGeneric(definition: IntegrationDefinition): boolean {
  return definition.category === 'generic';
}

export function recognise(pair: CreatedPair, definitions: readonly IntegrationDefinition[]): Recognised | null {
  const fits: { definition: IntegrationDefinition; score: number; named: boolean; evidence: string[] }[] = [];
  // Apps whose templates fit, but on too few literal characters to say which app it is.
  const weak: { definition: IntegrationDefinition; score: number }[] = [];
  for (const definition of definitions) {
    if (isGeneric(definition) || definition.protocol.id !== pair.protocol) continue;
    const fit = definition.recognize(pair);
    const named = namedIn(definition, pair);
    if (fit.score < STRONG && !named) {
      if (fit.evidence.length > 0) weak.push({ definition, score: fit.score });
      continue;
    }
    const evidence = [...fit.evidence, ...(named ? [`the application’s name or slug names ${definition.name}`] : [])];
    fits.push({ definition, score: fit.score + (named ? NAME_WEIGHT : 0), named, evidence });
  }
  fits.sort((a, b) => b.score - a.score);
  const generic = definitions.find((definition) => isGeneric(definition) && definition.protocol.id === pair.protocol);
  const best = fits[0];
  // Several apps fit its URLs and nothing names one: not sure, so no app's checks are run as if it were.
  if (best && !best.named && fits.length > 1 && generic) {
    const candidates = fits.filter((fit) => !fit.named).slice(0, MAX_CANDIDATES);
    return {
      definition: generic,
      named: false,
      candidates: [...candidates.map((fit) => fit.definition.id), generic.id],
      evidence: [`its provider fits ${candidates.map((fit) => fit.definition.name).join(', ')} alike, and nothing names one of them`],
    };
  }
  if (best) return { definition: best.definition, named: true, evidence: best.evidence };
  if (!generic) return null;
  // A callback path another app also uses (Home Assistant's /auth/oidc/callback) or a bare host
  // (Synology DSM's): neither that app nor a generic app with confidence.
  if (weak.length > 0) {
    const candidates = weak
      .sort((a, b) => b.score - a.score || a.definition.name.localeCompare(b.definition.name))
      .slice(0, MAX_CANDIDATES)
      .map((fit) => fit.definition);
    return {
      definition: generic,
      named: false,
      candidates: [...candidates.map((definition) => definition.id), generic.id],
      evidence: [
        `its provider fits ${candidates.map((definition) => definition.name).join(', ')} on too little to tell, and nothing names one of them`,
      ],
    };
  }
  return { definition: generic, named: false, evidence: ['no catalog app fits its provider'] };
}
