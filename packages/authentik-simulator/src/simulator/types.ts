/**
 * In-memory model of the parts of an authentik instance the wizard touches. Records follow the
 * newest schema (2026.8) plus the few fields older releases had instead (`issuer`,
 * `backchannel_logout_uri`); serializers emit that superset and the contract projects it onto the
 * release being simulated. Field names follow the API (snake_case).
 */
import type { ReleaseId } from '../releases.ts';
import type { components } from '../schema.gen.ts';
import type { ContractIssue } from '../contract/openapi-contract.ts';

type Schemas = components['schemas'];

export type KeyType = Schemas['CertificateKeyPairKeyTypeEnum'];

export interface SimUser {
  pk: number;
  uuid: string;
  username: string;
  name: string;
  email: string;
  isActive: boolean;
  isSuperuser: boolean;
  /** Group pks (UUIDs). */
  groups: string[];
  /** Global model permissions such as `authentik_providers_oauth2.add_oauth2provider`. Superusers need none. */
  permissions: string[];
  /** RBAC roles with their global model permissions (authentik/rbac/models.py, `RoleModelPermission`). */
  roles?: SimRole[];
  attributes: Record<string, unknown>;
  type: Schemas['UserTypeEnum'];
}

export interface SimRole {
  /** UUID. */
  pk: string;
  name: string;
  permissions: string[];
}

export interface SimGroup {
  pk: string;
  name: string;
  /** Parent group pks: one at most before 2025.12 (`parent`), several from 2025.12 on (`parents`). */
  parents: string[];
  isSuperuser: boolean;
  attributes: Record<string, unknown>;
}

export interface SimToken {
  identifier: string;
  key: string;
  userPk: number;
  intent: 'api' | 'app_password' | 'recovery' | 'verification';
  expiring: boolean;
  /** ISO timestamp; only relevant when `expiring`. */
  expires: string | null;
}

export type SimFlow = Omit<
  Schemas['Flow'],
  'background_url' | 'background_themed_urls' | 'stages' | 'policies' | 'cache_count' | 'export_url' | 'policybindingmodel_ptr_id'
>;

export interface SimKeypair {
  pk: string;
  name: string;
  managed: string | null;
  certificatePem: string;
  /** Empty string when only the certificate is known (authentik stores key_data ""). */
  privateKeyPem: string;
  keyType: KeyType | null;
  fingerprintSha256: string;
  fingerprintSha1: string;
  certExpiry: string;
  certSubject: string;
  /** Base64 DER of the certificate (for x5c / SAML metadata). */
  certificateDerBase64: string;
  /** Public key as JWK (kty/n/e or kty/crv/x/y). */
  publicJwk: JsonWebKey;
}

export type SimScopeMapping = Omit<Schemas['ScopeMapping'], 'component' | 'verbose_name' | 'verbose_name_plural' | 'meta_model_name'>;
export type SimSamlMapping = Omit<Schemas['SAMLPropertyMapping'], 'component' | 'verbose_name' | 'verbose_name_plural' | 'meta_model_name'>;

export type RedirectUri = Required<Schemas['RedirectURIRequest']>;

type OAuth2Writable = Required<Omit<Schemas['OAuth2ProviderRequest'], 'redirect_uris' | 'provider_model'>>;
export interface SimOAuth2Provider extends OAuth2Writable {
  kind: 'oauth2';
  pk: number;
  redirect_uris: RedirectUri[];
  /** 2025.8 only (later: `logout_uri`). */
  backchannel_logout_uri: string;
}

export interface SimSamlProvider extends Required<Omit<Schemas['SAMLProviderRequest'], 'provider_model'>> {
  kind: 'saml';
  pk: number;
  /** Before 2026.5: the entity ID itself (model default `authentik`); later `issuer_override`. */
  issuer: string;
}

type ProxyWritable = Required<Omit<Schemas['ProxyProviderRequest'], 'provider_model'>>;
/** A proxy provider (an OAuth2 provider underneath: client id/secret, the callback redirect URIs). */
export interface SimProxyProvider extends ProxyWritable {
  kind: 'proxy';
  pk: number;
  client_id: string;
  client_secret: string;
  cookie_secret: string;
  /** Set by `set_oauth_defaults()` on every save: the two outpost callback URLs of `external_host`. */
  redirect_uris: RedirectUri[];
}

export type SimProvider = SimOAuth2Provider | SimSamlProvider | SimProxyProvider;

/** An outpost (authentik/outposts/models.py `Outpost`); `providers` holds provider pks. */
export interface SimOutpost {
  pk: string;
  name: string;
  type: Schemas['OutpostTypeEnum'];
  providers: number[];
  service_connection: string | null;
  config: Record<string, unknown>;
  managed: string | null;
}

export interface SimApplication {
  pk: string;
  name: string;
  slug: string;
  provider: number | null;
  backchannel_providers: number[];
  open_in_new_tab: boolean;
  meta_launch_url: string;
  meta_icon: string;
  meta_description: string;
  meta_publisher: string;
  policy_engine_mode: Schemas['PolicyEngineMode'];
  group: string;
  meta_hide: boolean;
}

export interface SimPolicy {
  pk: string;
  name: string;
  /** Outcome the simulator uses when the policy is evaluated (real expressions are not run). */
  passing: boolean;
}

export interface SimPolicyBinding {
  pk: string;
  /** Application pk the binding belongs to. */
  target: string;
  policy: string | null;
  group: string | null;
  user: number | null;
  negate: boolean;
  enabled: boolean;
  order: number;
  timeout: number;
  failure_result: boolean;
}

export type SimEvent = Schemas['Event'];

export interface SimBrand {
  pk: string;
  domain: string;
  name: string;
}

export interface SimulatorState {
  /** The authentik release this instance behaves like. */
  release: ReleaseId;
  users: SimUser[];
  groups: SimGroup[];
  tokens: SimToken[];
  flows: SimFlow[];
  keypairs: SimKeypair[];
  scopeMappings: SimScopeMapping[];
  samlMappings: SimSamlMapping[];
  policies: SimPolicy[];
  providers: SimProvider[];
  /** Outposts; a fresh install holds the embedded one. */
  outposts: SimOutpost[];
  applications: SimApplication[];
  policyBindings: SimPolicyBinding[];
  events: SimEvent[];
  /** Settings of the newest release plus the flag 2025.8 … 2026.2 require. */
  settings: Schemas['Settings'] & { flags: Schemas['Settings']['flags'] & { policies_buffered_access_view?: boolean } };
  version: Schemas['Version'];
  brand: SimBrand;
  /** Next integer pk handed to a new provider. */
  nextProviderPk: number;
  /**
   * How many of the next transactional applies answer `200 {"applied": false}` without creating
   * anything (authentik does this when the apply step fails after validation passed).
   */
  pendingApplyFailures: number;
  /** Random per-instance id used to derive user `uid` hashes (like authentik's install id). */
  installId: string;
}

export interface ContractViolation {
  kind: 'request' | 'response';
  method: string;
  /** Full request path incl. /api/v3, without query. */
  path: string;
  operationId: string | null;
  status?: number;
  issues: ContractIssue[];
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  hasAuthorization: boolean;
  host: string;
}
