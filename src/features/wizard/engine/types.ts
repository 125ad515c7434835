/**
 * The contract between the generic wizard and an integration. An integration is one declarative
 * definition (src/integrations/<id>/definition.ts); the wizard never names an app.
 */
import type { z } from '../../../lib/zod';
import type { CompiledData, DefinitionData, ManualTest, RoleGroupSpec } from '../definition/format';
import type { IntegrationMeta } from '../definition/meta';
import type { Check } from '../model/checks/types';
import type { AppIdentity, CreatedPair, DiscoveredContext, TransactionApplicationRequest } from '../model/types';
import type { ProtocolId } from '../protocols';
import type { DiscoveryNeeds, ProtocolModule } from '../protocols/types';

export type { ManualTest } from '../definition/format';
// The authentik-shaped types live in model/ (below the protocols); re-exported for the steps.
export type * from '../model/types';

/** A role group of the definition (engine/role-groups.ts). */
export interface RoleGroup {
  /** The template key (`{admins}`). */
  key: string;
  /** The documented name, used until the admin picks another group. */
  name: string;
  role: string;
  quote: NonNullable<RoleGroupSpec['quote']>;
}

/** Chosen group names by role group key. */
export type RoleGroupNames = Readonly<Record<string, string>>;

/** How one input of the target app is shown. */
export interface InputUi {
  label: string;
  help: string;
  /** Shown as the placeholder, e.g. "https://youtrack.company". */
  example: string;
  prefix?: string;
  suffix?: string;
  /** A live preview under the field from the current (valid) value, e.g. "Team domain: acme.cloudflareaccess.com". */
  preview?: (value: string) => string | null;
  /** Values the field offers, for enum inputs. */
  options?: readonly { value: string; label: string }[];
}

export interface ConfigField {
  /** The label exactly as the target app shows it. */
  label: string;
  value: string;
  secret?: boolean;
  /** An option picked in the app, shown as “Select <value>” without a copy button. */
  choice?: boolean;
  help?: string;
}

export interface ConfigNote {
  tone: 'info' | 'warning';
  text: string;
}

/** One block of the configuration screen: a form or tab of the target app, in its own order. */
export interface ConfigSection {
  title: string;
  /** Where this lives in the target app, e.g. "Administration › Access Management › Auth Modules". */
  location?: string;
  fields: ConfigField[];
  notes?: ConfigNote[];
  /** For environment variables and files: the whole block to paste, copied with one button. */
  block?: { kind: 'env' | 'file'; text: string };
}

/**
 * A round trip: values the target app shows only after it is set up, written back into the
 * provider with a PATCH. Everything is derived from the pair as authentik reports it, so the
 * round trip also works when the pair is opened later from a link.
 */
export interface FollowUp<F extends Record<string, string>> {
  title: string;
  intro: string;
  /** Validation may depend on the pair (e.g. "must be on the host the placeholder points at"). */
  schema: (pair: CreatedPair) => z.ZodType<F>;
  ui: { [K in keyof F]: InputUi };
  /** Values already in authentik, to prefill the form (empty while placeholders are set). */
  current: (pair: CreatedPair) => Partial<F>;
  /** True when the provider already holds real values, not the creation placeholders. */
  isDone: (pair: CreatedPair) => boolean;
  patch: (values: F) => Record<string, unknown>;
}

/** A catalog entry: an app folder's meta.ts (what the catalog page shows), and how to load its definition on demand. */
export interface CatalogEntry extends Omit<IntegrationMeta, 'summary' | 'variants'> {
  /** The app's address (/<id>): its folder under src/integrations, or `<folder>-<variant>`. */
  id: string;
  protocol: ProtocolId;
  /** The other setups of the same app (its folder's variants), for "also through …" links. */
  siblings: readonly { id: string; name: string }[];
  /**
   * The meta's one-line summary where it is at hand (Node). In the browser the summaries stay out
   * of the first page: `loadSummary` and `load` bring it.
   */
  summary?: string;
  loadSummary?: () => Promise<string>;
  /** The definition of this entry's setup (its variant resolved). */
  load: () => Promise<{ default: DefinitionData; summary?: string }>;
}

/**
 * A definition compiled by the engine (compile.ts) with its protocol module: what the steps use.
 * Authors never write this shape; they write DefinitionData (format.ts).
 */
export interface IntegrationDefinition {
  id: string;
  name: string;
  /** Path of the logo under public/ (SVG). */
  logo: string;
  category: string;
  /** Open to everyone deserves a warning (meta.ts: its flag, else its category). */
  sensitive: boolean;
  summary: string;
  /** The same app's other setups (variants of its definition), e.g. through SAML instead of OpenID Connect. */
  siblings: readonly { id: string; name: string }[];
  docs: { authentik: string; vendor: string };
  protocol: ProtocolModule;
  /** The definition with the format's and the protocol's defaults applied (scopes, http reasons). */
  data: CompiledData;
  /** The target app's inputs. Every key is also its share-link parameter, so keys are short. */
  inputs: z.ZodType<Record<string, string>>;
  inputUi: Record<string, InputUi>;
  identity: (inputs: Record<string, string>) => AppIdentity;
  discovery: DiscoveryNeeds;
  /** Which input owns a refused request field, e.g. { 'provider.redirect_uris': 'team' }. */
  errorOwners: Record<string, string>;
  /** Pure: the transactional request that creates the pair. */
  build: (inputs: Record<string, string>, identity: AppIdentity, context: DiscoveredContext) => TransactionApplicationRequest;
  /** The configuration screen from authentik's answers (and the inputs, where the link carries them). */
  /** The groups the app's role mapping reads (definition `roleGroups`), in the app's order. */
  roleGroups: readonly RoleGroup[];
  /** The configuration screen; `roleNames`: the groups chosen for the role groups (default: the documented names). */
  configure: (pair: CreatedPair, base: string, inputs?: Record<string, string>, roleNames?: RoleGroupNames) => ConfigSection[];
  /** Failures of the pair-only checks, shown on the configuration screen. */
  warnings: (pair: CreatedPair) => ConfigNote[];
  followUp?: FollowUp<Record<string, string>>;
  checks: () => Check[];
  /** How strongly a pair's provider looks like this app's (audit): which of its templates match. */
  recognize: (pair: CreatedPair) => Recognition;
  manualTest: ManualTest;
}

/** What a definition's templates say about a pair: the evidence, and its weight (literal characters matched). */
export interface Recognition {
  score: number;
  evidence: string[];
}
