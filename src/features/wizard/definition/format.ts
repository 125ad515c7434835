/**
 * The definition format, v2 (ADR 0006, ADR 0009): what an integration author writes. A definition
 * is plain data — no RegExp, no function, no import beyond this folder — so it could be JSON; the
 * zod schema in schema.ts describes it. Inputs, provider settings, the app-side screen, an
 * optional round trip, and only the checks and reasons that differ from the protocol's defaults.
 * The engine compiles it with the protocol module it names (see engine/compile.ts).
 *
 * Templates are strings with `{key}` placeholders, filled from the admin's inputs (by input key)
 * and from what authentik reports for the pair: `launch_url`, `slug`, `app_name`, `ak`; OIDC:
 * `client_id`, `client_secret`, `redirect_uri`, `logout_redirect_uri`, `issuer`, `discovery_url`,
 * `authorize_url`, `token_url`, `userinfo_url`, `end_session_url`, `jwks_url`; SAML: `sso_url`,
 * `sso_post_url`, `slo_url`, `saml_url` and `saml_logout_url` (2026.5's single endpoint, else the
 * redirect-binding SSO / SLO URL), `entity_id`, `metadata_url`, `cert_sha256`, `cert_pem`, `cert_body`,
 * `acs_url`, `audience`; proxy: `external_host`, `internal_host`, `cookie_domain`, `mode`,
 * `outpost_url`, `outpost_name`, `nginx_snippet`, `traefik_labels`, `traefik_file`, `caddy_snippet`,
 * `open_paths`, `headers`.
 */
import type { ScopeName, SamlMappingName } from './managed';
import type { Expected } from './expected';
import type { ReservedParam } from './reserved-params';

export type Template = string;

interface InputBase {
  label: string;
  help: string;
  /** Shown as the placeholder, e.g. "https://youtrack.company". */
  example: string;
  /**
   * A live preview under the field, over the parsed value, e.g. "Redirect URI: {url}/callback".
   * Default: the protocol's address (first redirect URI, ACS URL) when this input is its only key.
   */
  preview?: Template;
}

/**
 * Input types. Each type owns its parsing, normalisation and messages (engine/inputs.ts), and
 * documents the bad values it refuses, which the generic battery tries on every definition.
 */
export type InputSpec =
  /**
   * The https base URL of a self-hosted app; a pasted page address is cut back to the install path.
   * `httpReason` (why plain http is refused) defaults to the protocol's reason about the app.
   * `pages`: the app's own first path segments (`scp`, `dashboard-*`), a last segment by extension
   * (`*.php`), or `**` for any path: what follows them in a pasted address is cut off.
   */
  | (InputBase & { type: 'url'; httpReason?: string; pages?: readonly string[] })
  /** One DNS label of a vendor domain, e.g. a team name in `<team>.cloudflareaccess.com`. */
  | (InputBase & { type: 'subdomain'; domain: string; where: string })
  /** A host name (and optional port) without scheme or path; `optional`: may be left empty. */
  | (InputBase & { type: 'host'; optional?: boolean })
  /** A name that becomes a path segment (letters, digits, `-`, `_`), e.g. Gitea's authentication name. */
  | (InputBase & { type: 'slug'; default?: string })
  /** One of fixed options. */
  | (InputBase & { type: 'enum'; options: readonly { value: string; label: string }[]; default: string })
  /** Free text, optionally constrained by a regular expression's source (`ignoreCase` for the `i` flag); `optional`: may be left empty. */
  | (InputBase & { type: 'text'; pattern?: string; ignoreCase?: boolean; message?: string; optional?: boolean });

/** A redirect URI: Strict and Authorization unless said otherwise. */
export interface RedirectSpec {
  url: Template;
  match?: 'strict' | 'regex';
  type?: 'authorization' | 'logout';
}

/** any: an RSA or EC key must exist; rsa / ec: that type only; none: unsigned (HS256). */
export type SigningKeySpec = 'any' | 'rsa' | 'ec' | 'none';

/** A scope mapping the app needs that authentik does not ship; created (or reused) before the pair. */
export interface CustomScopeSpec {
  /** Unique name in authentik, e.g. "Vaultwarden: email (verified)". Reused when one with the same expression exists. */
  name: string;
  /** The scope it answers, e.g. "email". */
  scope: string;
  /** The Python expression authentik evaluates. */
  expression: string;
  description?: string;
}

/** A SAML property mapping the app needs that authentik does not ship. */
export interface CustomSamlMappingSpec {
  name: string;
  /** The SAML attribute name, e.g. "User.Email". */
  attribute: string;
  friendly?: string;
  expression: string;
}

/** Scope mappings the OIDC module keeps, by name, so every app that needs one shares it in authentik. */
export type LibraryScopeName = 'email-verified';

/**
 * OIDC provider settings as authored: `scopes` defaults to the protocol's (openid email profile),
 * and a redirect URI may be its template alone (Strict, Authorization).
 */
export interface OidcSpec extends Omit<OidcSettings, 'scopes' | 'customScopes' | 'redirectUris'> {
  redirectUris: readonly (RedirectSpec | Template)[];
  scopes?: readonly ScopeName[];
  /** Custom scope mappings, sent alongside the managed scopes: declared here, or named from the module's library. */
  customScopes?: readonly (CustomScopeSpec | LibraryScopeName)[];
}

/** OIDC settings after the module's defaults: what the protocol module builds from. */
export interface OidcSettings {
  redirectUris: readonly RedirectSpec[];
  scopes: readonly ScopeName[];
  customScopes?: readonly CustomScopeSpec[];
  signingKey: SigningKeySpec;
  /** Create the provider without a key when none exists (the app verifies tokens by other means). */
  signingKeyOptional?: boolean;
  clientType?: 'confidential' | 'public';
  subject?: 'hashed_user_id' | 'user_id' | 'user_uuid' | 'user_username' | 'user_email' | 'user_upn';
  claimsInIdToken?: boolean;
  validity?: { accessCode?: string; accessToken?: string; refreshToken?: string };
}

export interface SamlSettings {
  /** The ACS URL; with a round trip on `acs_url`, a placeholder on the app's host. */
  acsUrl: Template;
  audience?: Template;
  binding?: 'post' | 'redirect';
  signAssertion?: boolean;
  signResponse?: boolean;
  signingKey: Exclude<SigningKeySpec, 'none'>;
  /** The NameID mapping: a managed one, or `custom:<name>` of a custom mapping below. */
  /**
   * The NameID mapping: a managed one, `custom:<name>` of a custom mapping below, or `persistent` for
   * none: authentik then sends the user's hashed, stable id (providers/saml/processors/assertion.py).
   */
  nameId: SamlMappingName | `custom:${string}` | 'persistent';
  mappings: readonly SamlMappingName[];
  customMappings?: readonly CustomSamlMappingSpec[];
  nameIdPolicy?:
    | 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent'
    | 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress'
    | 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient'
    | 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';
  relayState?: Template;
}

/** How a proxy provider works: forward auth for one app (the default) or a whole domain, or the outpost as the reverse proxy. */
export type ProxyMode = 'forward_single' | 'forward_domain' | 'proxy';

/** A path the outpost lets through without a login: a regular expression's source, and why the app needs it open. */
export interface OpenPathSpec {
  pattern: string;
  why: string;
}

/**
 * Proxy provider settings (forward auth). `mode` is fixed, or `{key}` of an enum input offering the
 * three modes. `internalHost` is needed in proxy mode, `cookieDomain` in domain mode (templates of
 * inputs that may be left empty otherwise: the module refuses what the chosen mode lacks).
 */
export interface ProxySettings {
  mode: ProxyMode | Template;
  externalHost: Template;
  internalHost?: Template;
  cookieDomain?: Template;
  /** Paths the outpost must not protect (skip_path_regex), each with the app's reason. */
  openPaths?: readonly OpenPathSpec[];
  /** The X-authentik-* headers the app reads, e.g. X-authentik-username (shown on the configuration screen). */
  headers?: readonly string[];
}

/** Provider settings as authored. */
export type ProviderSpec = ({ protocol: 'oidc' } & OidcSpec) | ({ protocol: 'saml' } & SamlSettings) | ({ protocol: 'proxy' } & ProxySettings);
/** Provider settings with the protocol's defaults applied. */
export type ProviderSettings =
  ({ protocol: 'oidc' } & OidcSettings) | ({ protocol: 'saml' } & SamlSettings) | ({ protocol: 'proxy' } & ProxySettings);

export interface FieldSpec {
  /** The label exactly as the target app shows it. */
  label: string;
  value: Template;
  secret?: boolean;
  /**
   * The value is an option the admin picks in the app (a dropdown, radio button, toggle or
   * checkbox), not text to type or paste: shown as “Select <value>”, with no copy button.
   */
  choice?: boolean;
  help?: string;
  /** The value may be empty where the connected release lacks the setting (shown as "leave empty"). */
  optional?: boolean;
}

export interface NoteSpec {
  tone: 'info' | 'warning';
  text: Template;
}

/**
 * Short forms an author may write (the engine expands them, compile.ts): a field as
 * `[label, value]` or `[label, value, help]`, a note as its text alone (an info note), and a
 * manual test's error as `[message, meaning(, checkId)]`.
 */
export type FieldShort = readonly [label: string, value: Template] | readonly [label: string, value: Template, help: string];
export type AuthoredField = FieldSpec | FieldShort;
export type AuthoredNote = NoteSpec | Template;

/**
 * One block of the configuration screen, in the app's own order: a form of the app (`form`, the
 * default), environment variables (`env`: the fields are the variables), or a file or command
 * (`file`: `snippet` is the whole text, the fields its values). `env` and `file` blocks get one
 * copy button for the whole block, plus one per value.
 */
export interface SectionSpec {
  title: string;
  /** Where this lives in the app, e.g. "Administration › Auth Modules", or a file name. */
  location?: string;
  format?: 'form' | 'env' | 'file';
  snippet?: Template;
  fields: readonly FieldSpec[];
  notes?: readonly NoteSpec[];
}

/** A section as authored: fields and notes may use the short forms. */
export interface AuthoredSection extends Omit<SectionSpec, 'fields' | 'notes'> {
  fields: readonly AuthoredField[];
  notes?: readonly AuthoredNote[];
}

/** A value the app shows after it is set up, written back into one provider field. */
export interface RoundTripField {
  label: string;
  help: string;
  example: string;
  /** The provider field it writes (the protocol module validates it for that field). */
  sets: string;
}

export interface RoundTripSpec {
  title: string;
  intro: string;
  /** Where the app shows the values, used in messages: "on the auth module page". */
  where: string;
  fields: Record<string, RoundTripField>;
}

/**
 * Text of a check in the app's terms; `title` and `why` replace the protocol's defaults. A check
 * the protocol lists by default needs an entry only for another reason, a title or an option.
 */
export interface CheckSpec {
  title?: string;
  why?: string;
  /** Parameters a check understands, e.g. `algorithms` for `signing-key`, `source` for `email-claim`. */
  [option: string]: unknown;
}

/**
 * A manual login test in the target app, and how to read the errors it may show. The protocol adds
 * its common errors (e.g. OpenID Connect's “Redirect URI Error”) unless the app explains that check's
 * error in its own words.
 */
export interface ManualTest {
  steps: readonly string[];
  success: string;
  errors: readonly ManualTestError[];
}

export interface ManualTestError {
  message: string;
  meaning: string;
  checkId?: string;
}

/** A login error as authored: `[message, meaning]` or `[message, meaning, checkId]` is short for the object. */
export type AuthoredManualTestError =
  ManualTestError | readonly [message: string, meaning: string] | readonly [message: string, meaning: string, checkId: string];
export interface AuthoredManualTest extends Omit<ManualTest, 'errors'> {
  errors: readonly AuthoredManualTestError[];
}

/**
 * Another setup the app supports, which the audit accepts as valid beside the one the wizard makes
 * (e.g. Argo CD signing in through its bundled Dex). Templates like the provider's; `source` cites
 * the vendor's or authentik's page that documents it.
 */
export interface AcceptedShape {
  redirectUris?: readonly Template[];
  acsUrl?: Template;
  audience?: Template;
  why: string;
  source: string;
}

/**
 * An authentik group whose members the app gives a role: its role mapping reads the group's name
 * from the login (the groups claim, a SAML attribute). On the review the admin picks an existing
 * group or lets the wizard create one of this name (reused when it exists), right before the pair.
 * The screen's templates read the name actually chosen as `{<key>}`, written as `quote` says.
 */
export interface RoleGroupSpec {
  /** The group name the authentik guide or the vendor's docs use, e.g. "Grafana Admins". */
  name: string;
  /** What membership gives, in the app's own words: "Admin", "role:admin". */
  role: string;
  /**
   * How the name is written where the screen uses it: `plain` (as is; the default); `jmespath`,
   * inside a single-quoted JMESPath raw string (`'` written `\'`; a name with a backslash is
   * refused, JMESPath implementations read it differently); `csv`, one field of a CSV line
   * (double-quoted, `"` doubled, when it holds a comma, a quote or surrounding spaces).
   */
  quote?: 'plain' | 'jmespath' | 'csv';
}

export interface DefinitionData {
  docs: { authentik: string; vendor: string };
  inputs: Record<string, InputSpec>;
  /** The application's name and slug; default: the catalog name and id. */
  identity?: { name: Template; slug: Template };
  /** The application's launch URL; default `{url}` when there is a `url` input, `''` for none. */
  launchUrl?: Template;
  provider: ProviderSpec;
  /** The groups the app's role mapping reads, by template key (`admins` → `{admins}`), in the app's order. */
  roleGroups?: Readonly<Record<string, RoleGroupSpec>>;
  screen: readonly AuthoredSection[];
  roundTrip?: RoundTripSpec;
  /**
   * Checks beyond the protocol's defaults (with the app's reason), default checks with another
   * reason, title or option, and `false` for a default check that does not apply. The protocol
   * orders them; ids come from the protocol and the common library.
   */
  checks?: Readonly<Record<string, CheckSpec | false>>;
  /** Other valid setups of the app the audit accepts (never what the wizard creates). */
  accepts?: readonly AcceptedShape[];
  manualTest: AuthoredManualTest;
  /**
   * The independent oracle: literal values copied from the authentik guide and the vendor's docs
   * (cited in it) for literal example inputs, never computed from the templates above. The
   * battery holds the created pair and the configuration screen to it (expected.test.ts).
   */
  expected: Expected;
  /**
   * Other setups of the same app, each its own catalog entry (`<folder>-<key>`, named in meta.ts):
   * GitLab through SAML as well as OpenID Connect, Argo CD through its bundled Dex. A variant
   * replaces whole top-level fields of this definition (provider, screen, checks, expected…) and
   * keeps the rest.
   */
  variants?: Readonly<Record<string, VariantData>>;
}

/** A definition with the short forms expanded and the format's defaults applied (compile.ts). */
export interface CompiledData extends Omit<DefinitionData, 'screen' | 'variants' | 'manualTest'> {
  screen: readonly SectionSpec[];
  manualTest: ManualTest;
}

/** A field or note as the engine uses it, from either form. */
export const expandField = (field: AuthoredField): FieldSpec =>
  'label' in field ? field : { label: field[0], value: field[1], ...(field[2] !== undefined ? { help: field[2] } : {}) };
export const expandNote = (note: AuthoredNote): NoteSpec => (typeof note === 'string' ? { tone: 'info', text: note } : note);
export const expandError = (error: AuthoredManualTestError): ManualTestError =>
  'message' in error ? error : { message: error[0], meaning: error[1], ...(error[2] !== undefined ? { checkId: error[2] } : {}) };

/** One variant: the top-level fields that differ from the definition it belongs to. */
export type VariantData = Partial<Omit<DefinitionData, 'variants'>>;

/** The definition of one variant (or of the folder's own setup, without a key), without the others. */
export function variantOf(data: DefinitionData, key?: string): DefinitionData {
  const { variants, ...base } = data;
  if (key === undefined) return base;
  const variant = variants?.[key];
  if (!variant) throw new Error(`The definition has no variant "${key}".`);
  return { ...base, ...variant };
}

/**
 * Helps authors keep a definition's shape checked by the compiler. An input key that is one of the
 * wizard's own parameters (`ak`, `app`, `slug`, …) is a compile error: the two live apart.
 */
export function defineIntegration<const Inputs extends Record<string, InputSpec>>(
  data: DefinitionData & {
    inputs: Inputs & { [Key in keyof Inputs & ReservedParam]: 'is one of the wizard’s own parameters: give this input another key' };
  },
): DefinitionData {
  return data;
}
