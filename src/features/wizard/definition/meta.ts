/**
 * An app's catalog line, in its own folder (`src/integrations/<id>/meta.ts`): what the catalog
 * page shows and searches before any definition loads. The registry gathers every meta.ts at build
 * time; the lint's list of app names and the link guard's input keys come from the same files.
 */
import type { ProviderSpec } from './format';

export interface IntegrationMeta {
  name: string;
  /** How reasons name the app when the catalog name says more (“GitLab” for “GitLab (SAML)”). */
  short?: string;
  protocol: ProviderSpec['protocol'];
  /** One of authentik's integration categories, or the wizard's own where an admin looks elsewhere (`home`, `files-storage`; `generic`). */
  category: string;
  /** One line for the catalog card. */
  summary: string;
  /** Other words an admin may search for: products, former names, what the app is. */
  aliases: readonly string[];
  /** Higher first where the catalog lists by popularity; today's values keep the catalog's order. */
  popularity: number;
  /** The definition's input keys, in order (a test holds them equal): share-link parameters the link guard keeps. */
  inputs: readonly string[];
}

/** Helps authors keep a catalog line's shape checked by the compiler. */
export function defineMeta(meta: IntegrationMeta): IntegrationMeta {
  return meta;
}
