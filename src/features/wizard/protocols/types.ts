/**
 * A protocol module owns everything the wizard does with one provider type: its model name, the
 * request built from declarative settings, the read-back of a created pair, its PATCH, the review
 * summary, the values its configuration screens can use, its round-trip fields and its checks.
 * The steps never branch on a protocol: one value (`pair.protocol`, `definition.protocol`)
 * selects one module. A third protocol is a new folder plus one line in protocols/index.ts.
 */
import type { AuthentikClient } from '../../../lib/authentik/client';
import type { ReleaseCapabilities } from '../../../lib/authentik/releases';
import type { Check } from '../model/checks/types';
import type { AcceptedShape, CheckSpec, ManualTestError, ProviderSettings, ProviderSpec } from '../definition/format';
import type { Application, CreatedPair, DiscoveredContext } from '../model/types';
import type { TemplateValues } from '../definition/templates';

export interface SummaryItem {
  /** What the row means, in plain language. */
  label: string;
  value: string;
  /** authentik's own name for the field, shown small beside the label, when it differs. */
  term?: string;
}

/** A custom property mapping a definition declares: found by name, created first when missing. */
export interface CustomMappingNeed {
  kind: 'scope' | 'saml';
  name: string;
  expression: string;
  /** The create request body (ScopeMappingRequest / SAMLPropertyMappingRequest). */
  body: Record<string, unknown>;
  /** How the review describes it, e.g. "scope email" or "attribute User.Email". */
  describe: string;
}

/** A Terraform output the target app needs, as an HCL expression over `{provider}` and `{config}`. */
export interface TerraformOutput {
  name: string;
  value: string;
  description: string;
  sensitive?: boolean;
}

/**
 * How a pair of this protocol is written as infrastructure as code (ADR 0007). The attrs are the
 * provider part of the transactional request; only names and models differ per protocol.
 */
export interface ExportSpec {
  /** Blueprint model of the protocol's property mappings, and its Terraform resource / data source (same name). */
  mappingModel: string;
  mappingResource: string;
  /** Terraform resource of the provider, and request fields the resource names differently. */
  resource: string;
  rename: Readonly<Record<string, string>>;
  /** Request fields the Terraform resource does not have (said in a comment, with their value). */
  notInTerraform: readonly string[];
  /** Attributes the Terraform resource requires that authentik would generate: made by `random_string`. */
  generated: Readonly<Record<string, { length: number }>>;
  /** A data source that reads computed URLs by `provider_id` (OAuth2 config, SAML metadata). */
  configDataSource: string;
  outputs: readonly TerraformOutput[];
  /** Comment lines: where secrets come from (never in the files). */
  secretNote: readonly string[];
  /** Comment lines for what an export made on one release cannot carry over by itself. */
  notes: (caps: ReleaseCapabilities) => string[];
  /** false: no Terraform file yet for this protocol (the file says so and points to the blueprint). */
  terraform?: false;
}

export interface DiscoveryNeeds {
  signingKey: 'required' | 'optional' | 'none';
  /** RSA/EC type the key must have; null for either. */
  keyType: 'rsa' | 'ec' | null;
  scopeMappings: string[];
  samlMappings: string[];
  customMappings: CustomMappingNeed[];
  /** The protocol's providers are served by an outpost: discovery reads the proxy outposts. */
  outposts?: boolean;
}

export interface BuildInput<S> {
  settings: S;
  /** The admin's parsed inputs plus `slug` and `app_name`. */
  values: TemplateValues;
  providerName: string;
  context: DiscoveredContext;
  appName: string;
}

/** What a check builder knows about the definition it serves. */
export interface CheckEnv<S> {
  settings: S;
  appName: string;
  /** Input keys a pair lets the engine recover (from its launch URL), for exact expectations. */
  recover: (pair: CreatedPair) => TemplateValues;
  /** Labels of the inputs, for shapes like "https://<Team name>.example.com". */
  labels: Readonly<Record<string, string>>;
  /** Provider fields the admin fills in a round trip (e.g. acs_url), if any. */
  roundTrip: readonly string[];
  /** What a template can produce while its unknown inputs are only known by type. */
  pattern: (template: string) => RegExp;
  /** The pk of the pair's signing keypair, whatever the provider type calls the field. */
  signingKeyPk: (pair: CreatedPair) => string | null;
  /** The app's host (with port) as the pair tells it, or null. */
  host: (pair: CreatedPair) => string | null;
  /** The custom mappings the definition declares, and every mapping pk the pair's provider uses. */
  customMappings: readonly CustomMappingNeed[];
  mappingPks: (pair: CreatedPair) => string[];
  /** Other valid setups the definition lists (`accepts`): the audit takes them as correct. */
  accepts: readonly AcceptedShape[];
}

/** A check's text and options once the protocol's default reason is applied. */
export type ResolvedCheckSpec = CheckSpec & { why: string };

export type CheckBuilder<S> = (spec: ResolvedCheckSpec, env: CheckEnv<S>) => Check;

/**
 * What a definition of this protocol does not have to say (definition format v2): the checks every
 * app gets, the order the verify screen lists checks in, each check's reason around the app's
 * name, and why plain http is refused for the app's address.
 */
export interface ProtocolDefaults {
  /** Every check id the protocol (and the common library) offers, in the order they are listed. */
  checkOrder: readonly string[];
  /** The checks an app gets without listing them. */
  checks: readonly string[];
  /** Each check's reason, written around the app's name. */
  reasons: Readonly<Record<string, (app: string) => string>>;
  /** Why an app address must be https, after "Use the https:// address of <app>: ". */
  httpReason: string;
  /** Errors of a manual login test every app of the protocol may meet, each explained by one of its checks. */
  errors?: (app: string) => readonly ManualTestError[];
}

/** Validates one (non-empty) round-trip value for the provider field it writes: a message, or null. */
export type RoundTripRule = (
  value: string,
  env: { appName: string; where: string; label: string; host: string | null; placeholder: boolean },
) => string | null;

export interface ProtocolModule<S extends ProviderSettings = ProviderSettings, P extends CreatedPair = CreatedPair> {
  id: S['protocol'];
  defaults: ProtocolDefaults;
  /** The authored provider settings with the protocol's defaults applied. */
  resolve: (spec: Extract<ProviderSpec, { protocol: S['protocol'] }>) => S;
  /** The `{key}`s its `values` give configuration screens. */
  valueKeys: readonly string[];
  /** "OAuth2 / OpenID Connect" */
  label: string;
  providerModel: string;
  export: ExportSpec;
  discovery: (settings: S) => DiscoveryNeeds;
  /**
   * Rules across inputs that no single input type can say (e.g. proxy mode needs the internal
   * host): messages by input key, checked with the inputs before anything is built.
   */
  refine?: (settings: S, values: Record<string, string>) => Record<string, string>;
  /** What follows the create for this protocol (proxy: the outpost attachment); the pair it returns replaces the read-back. */
  afterCreate?: (client: AuthentikClient, pair: P, context: DiscoveredContext, signal?: AbortSignal) => Promise<P>;
  /** Notes about the pair for the configuration screen (what afterCreate did). */
  notes?: (pair: P) => { tone: 'info' | 'warning'; text: string }[];
  /** The `provider` part of the transactional request. Throws with an actionable message. */
  build: (input: BuildInput<S>) => Record<string, unknown>;
  /** Request fields (dotted paths) fed by each template of the settings, so a refused field finds its input. */
  templates: (settings: S) => Record<string, string[]>;
  /**
   * The live preview an input gets by default when it is the only key of this template: the
   * address the app must send (OIDC: "Redirect URI: {url}/callback"; SAML: "ACS URL: …").
   */
  preview?: (settings: S) => { label: string; template: string } | undefined;
  /** Reads the provider of an application; the engine adds the signing keypair and settings. */
  read: (client: AuthentikClient, application: Application, providerPk: number, signal?: AbortSignal) => Promise<P>;
  patch: (client: AuthentikClient, pair: P, body: Record<string, unknown>) => Promise<P>;
  summary: (provider: Record<string, unknown>, name: (pk: unknown) => string, context: DiscoveredContext) => SummaryItem[];
  /** Values configuration screens may use, from authentik's answers only. */
  values: (pair: P, base: string) => Record<string, string>;
  /** The app's host as the pair tells it, when the launch URL does not. */
  host: (pair: P) => string | null;
  signingKeyPk: (pair: P) => string | null;
  /** Every property mapping pk the provider uses (NameID included). */
  mappingPks: (pair: P) => string[];
  roundTrip: Record<string, RoundTripRule>;
  /** What the connected release changes for this protocol's request, in words for the review. */
  releaseNotes: (caps: ReleaseCapabilities) => string[];
  /** True while a round-trip field still holds what the wizard created it with. */
  isPlaceholder: (field: string, value: string, settings: S) => boolean;
  checks: Record<string, CheckBuilder<S>>;
  /**
   * Provider fields a definition's templates predict (login redirect URIs, ACS URL, audience), so
   * an audit can tell which app a hand-made pair serves. `field` names the provider field.
   */
  signatures: (settings: S) => { field: string; what: string; template: string }[];
  /** The values of a signature field in a pair. */
  signatureValues: (pair: P, field: string) => string[];
  /** Checks for every provider of this protocol, whatever the app: settings an upgrade changed. */
  releaseTraps: () => Check[];
}
