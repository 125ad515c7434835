/**
 * authentik-shaped types every layer above shares: the API's models, what discovery found and the
 * pair as authentik reports it. Nothing here knows a definition, a protocol module or a step.
 */
import type { ReleaseCapabilities } from '../../../lib/authentik/releases';
import type { components } from '../../../lib/authentik/schema.gen';
import type { SpMetadataSettings } from '../../../lib/saml-metadata/settings';

type Schemas = components['schemas'];
export type Flow = Schemas['Flow'];
export type CertificateKeyPair = Schemas['CertificateKeyPair'];
export type ScopeMapping = Schemas['ScopeMapping'];
export type SAMLPropertyMapping = Schemas['SAMLPropertyMapping'];
export type Application = Schemas['Application'];
export type OAuth2Provider = Schemas['OAuth2Provider'];
export type OAuth2ProviderSetupURLs = Schemas['OAuth2ProviderSetupURLs'];
export type SAMLProvider = Schemas['SAMLProvider'];
export type ProxyProvider = Schemas['ProxyProvider'];
export type Outpost = Schemas['Outpost'];
export type AuthentikSettings = Schemas['Settings'];
export type OAuth2ProviderRequest = Schemas['OAuth2ProviderRequest'];
export type SAMLProviderRequest = Schemas['SAMLProviderRequest'];
export type PatchedSAMLProviderRequest = Schemas['PatchedSAMLProviderRequest'];
export type PatchedOAuth2ProviderRequest = Schemas['PatchedOAuth2ProviderRequest'];
export type TransactionApplicationRequest = Schemas['TransactionApplicationRequest'];

/** What the wizard found in authentik, after defaults and the admin's advanced choices. */
export interface DiscoveredContext {
  /** What the connected release understands (default: the newest supported). */
  release?: ReleaseCapabilities;
  /** The connected authentik's base URL, for values authentik computes from it (SAML issuer before 2026.5). */
  base?: string;
  authorizationFlow: Flow;
  invalidationFlow: Flow;
  /** The chosen signing keypair (RSA/EC with a private key), or null when none exists. */
  signingKey: CertificateKeyPair | null;
  /** Custom mappings the definition declares that exist already, by name → pk (the rest is created first). */
  customMappings?: Record<string, string>;
  /** Scope mappings by managed id (e.g. goauthentik.io/providers/oauth2/scope-email). */
  scopeMappings: Record<string, ScopeMapping>;
  /** SAML property mappings by managed id (e.g. goauthentik.io/providers/saml/username). */
  samlMappings: Record<string, SAMLPropertyMapping>;
  /** SAML: what the SP's metadata says, when the admin gave it (the keypairs made from it are filled in by Create). */
  spMetadata?: SpMetadataSettings;
  /**
   * Proxy outposts, when the protocol needs one: what the token may see (null: it may not list
   * outposts), the embedded one first; `canChange`: the token holds the outpost change permission.
   */
  outposts?: {
    list: OutpostSummary[] | null;
    canChange: boolean;
    /** The pk of the outpost the admin picked; absent: the embedded outpost (else the only one). */
    chosen?: string;
  };
}

/** An outpost as the review and the attachment need it. */
export interface OutpostSummary {
  pk: string;
  name: string;
  type: string;
  managed: string | null;
  providers: { pk: number; name: string }[];
  /** `config.authentik_host` and `config.authentik_host_browser` ('' when unset). */
  authentikHost: string;
  authentikHostBrowser: string;
}

/** What the attachment to an outpost did, said exactly. */
export type OutpostAttachment =
  | { status: 'attached'; outpost: string; added: string; kept: string[] }
  | { status: 'already'; outpost: string; kept: string[] }
  | { status: 'no-permission' | 'no-outpost' | 'failed'; outpost: string | null; message: string };

/** The application's name and slug; derived from the inputs, changeable under Advanced. */
export interface AppIdentity {
  name: string;
  slug: string;
}

/** The pair as authentik reports it after creation (or when opened later by slug). */
export type CreatedPair =
  | {
      protocol: 'oidc';
      application: Application;
      provider: OAuth2Provider;
      setupUrls: OAuth2ProviderSetupURLs;
      signingKey: CertificateKeyPair | null;
      settings: AuthentikSettings | null;
      /** The signing certificate as PEM, when the app needs it pasted (read on demand). */
      certificatePem?: string | null;
    }
  | {
      protocol: 'saml';
      application: Application;
      provider: SAMLProvider;
      signingKey: CertificateKeyPair | null;
      settings: AuthentikSettings | null;
      certificatePem?: string | null;
    }
  | {
      protocol: 'proxy';
      application: Application;
      provider: ProxyProvider;
      /** The outposts that hold this provider (null: the token may not list outposts). */
      outposts: OutpostSummary[] | null;
      /** What the wizard's attachment did, right after the create. */
      attachment?: OutpostAttachment;
      signingKey: CertificateKeyPair | null;
      settings: AuthentikSettings | null;
      certificatePem?: string | null;
    };
