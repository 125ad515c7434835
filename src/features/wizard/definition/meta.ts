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
  /**
   * The catalog lines of the definition's variants, by the variant's key: each becomes the entry
   * `<folder>-<key>` (GitLab (SAML) in src/integrations/gitlab/ is `gitlab-saml`).
   */
  variants?: Readonly<Record<string, Omit<IntegrationMeta, 'variants'>>>;
  /**
   * Whether letting everyone with an account sign in deserves a warning. Without it, the category
   * decides (`SENSITIVE_CATEGORIES`); `false` clears it for one app of such a category.
   */
  sensitive?: boolean;
}

/** Categories whose apps hand out power over infrastructure, security or cloud accounts. */
export const SENSITIVE_CATEGORIES: readonly string[] = ['infrastructure', 'security', 'cloud-providers', 'hypervisors-orchestrators'];

/** Whether an app open to everyone gets a warning: its own flag, else its category. */
export function isSensitive(meta: Pick<IntegrationMeta, 'category' | 'sensitive'>): boolean {
  return meta.sensitive ?? SENSITIVE_CATEGORIES.includes(meta.category);
}

/** Helps authors keep a catalog line's shape checked by the compiler. */
export function defineMeta(meta: IntegrationMeta): IntegrationMeta {
  return meta;
}
