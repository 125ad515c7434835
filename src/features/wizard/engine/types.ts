/**
 * The contract between the generic wizard and an integration. An integration is one declarative
 * definition (src/integrations/<id>/definition.ts); the wizard never names an app.
 */
import type { z } from 'zod';
import type { components } from '../../../lib/authentik/schema.gen';
import type { Check } from './checks/types';

type Schemas = components['schemas'];
export type Flow = Schemas['Flow'];
export type CertificateKeyPair = Schemas['CertificateKeyPair'];
export type ScopeMapping = Schemas['ScopeMapping'];
export type SAMLPropertyMapping = Schemas['SAMLPropertyMapping'];
export type Application = Schemas['Application'];
export type OAuth2Provider = Schemas['OAuth2Provider'];
export type OAuth2ProviderSetupURLs = Schemas['OAuth2ProviderSetupURLs'];
export type SAMLProvider = Schemas['SAMLProvider'];
export type AuthentikSettings = Schemas['Settings'];
export type OAuth2ProviderRequest = Schemas['OAuth2ProviderRequest'];
export type SAMLProviderRequest = Schemas['SAMLProviderRequest'];
export type PatchedSAMLProviderRequest = Schemas['PatchedSAMLProviderRequest'];
export type PatchedOAuth2ProviderRequest = Schemas['PatchedOAuth2ProviderRequest'];
export type TransactionApplicationRequest = Schemas['TransactionApplicationRequest'];

export type ProviderModel = 'authentik_providers_oauth2.oauth2provider' | 'authentik_providers_saml.samlprovider';

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
}

/** What the wizard found in authentik, after defaults and the admin's advanced choices. */
export interface DiscoveredContext {
  authorizationFlow: Flow;
  invalidationFlow: Flow;
  /** The chosen signing keypair (RSA/EC with a private key), or null when none exists. */
  signingKey: CertificateKeyPair | null;
  /** Scope mappings by managed id (e.g. goauthentik.io/providers/oauth2/scope-email). */
  scopeMappings: Record<string, ScopeMapping>;
  /** SAML property mappings by managed id (e.g. goauthentik.io/providers/saml/username). */
  samlMappings: Record<string, SAMLPropertyMapping>;
}

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
    }
  | {
      protocol: 'saml';
      application: Application;
      provider: SAMLProvider;
      signingKey: CertificateKeyPair | null;
      settings: AuthentikSettings | null;
    };

export interface ConfigField {
  /** The label exactly as the target app shows it. */
  label: string;
  value: string;
  secret?: boolean;
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
  patch: (values: F) => PatchedSAMLProviderRequest | PatchedOAuth2ProviderRequest;
}

/** A manual login test in the target app, and how to read the errors it may show. */
export interface ManualTest {
  /** What to click in the target app, in order. */
  steps: string[];
  /** What a working login looks like there. */
  success: string;
  /** Messages the target app or authentik may show, what they mean, and which check tells more. */
  errors: { message: string; meaning: string; checkId?: string }[];
}

export interface IntegrationDefinition<I extends Record<string, string> = Record<string, string>> {
  id: string;
  name: string;
  /** Path of the logo under public/ (SVG). */
  logo: string;
  protocol: 'oidc' | 'saml';
  providerModel: ProviderModel;
  summary: string;
  docs: { authentik: string; vendor: string };
  /** The target app's inputs. Every key is also its share-link parameter, so keep keys short. */
  inputs: z.ZodType<I>;
  inputUi: { [K in keyof I]: InputUi };
  /** Application name and slug derived from the inputs. */
  identity: (inputs: I) => AppIdentity;
  discovery: {
    /** Whether a signing keypair must exist (OIDC clients that verify via JWKS, SAML). */
    signingKey: 'required' | 'optional';
    scopeMappings?: string[];
    samlMappings?: string[];
  };
  /**
   * Which input owns a field of the request, so a 400 from authentik is shown on the field the
   * admin typed, e.g. { 'provider.redirect_uris': 'team' }. Keys are dotted path prefixes.
   */
  errorOwners?: Record<string, Extract<keyof I, string>>;
  /** Pure: the transactional request that creates the pair. */
  build: (inputs: I, identity: AppIdentity, context: DiscoveredContext) => TransactionApplicationRequest;
  /**
   * The configuration screen, only from authoritative API answers (setup URLs, the SAML
   * provider's url_* fields, the keypair's fingerprint), never from what was typed: the same
   * screen opens later for an existing pair.
   */
  configure: (pair: CreatedPair) => ConfigSection[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  followUp?: FollowUp<any>;
  /** What the verification page checks for this app, built from the generic check builders. */
  checks?: (pair: CreatedPair) => Check[];
  /** How to test the login by hand in the target app, and what its error messages mean. */
  manualTest?: ManualTest;
}

/** Helps authors keep the input type of a definition precise. */
export function defineIntegration<I extends Record<string, string>>(definition: IntegrationDefinition<I>): IntegrationDefinition<I> {
  return definition;
}

/** A definition of any input shape, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyIntegration = IntegrationDefinition<any>;
