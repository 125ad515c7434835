/**
 * The authentik releases the wizard supports, and — in one table — what differs between them for
 * the endpoints the wizard uses. Pure data, browser-safe, no imports.
 *
 * Read a release's behaviour with `capabilities(parseRelease(version_current)!.id)`.
 * Every entry that a schema can show is cross-checked against that release's official schema.yml
 * (releases-schema.test.ts, through the simulator's `schemaFacts`), so the table cannot drift;
 * entries marked "source:" are checked against the simulator's own cited reading of authentik's code.
 */

/** Supported releases, oldest first (authentik ships a minor release every two months). */
export const RELEASES = ['2025.4', '2025.6', '2025.8', '2025.10', '2025.12', '2026.2', '2026.5', '2026.8'] as const;
export type ReleaseId = (typeof RELEASES)[number];

export const OLDEST_RELEASE: ReleaseId = '2025.4';
export const NEWEST_RELEASE: ReleaseId = '2026.8';

export interface ParsedRelease {
  /** The release whose behaviour applies (clamped to the supported window). */
  id: ReleaseId;
  /**
   * `yes`: inside the window. `older`: before 2025.4 — behave like 2025.4 and warn.
   * `newer`: after 2026.8 — behave like 2026.8 (the newest known) and say it is untested.
   */
  supported: 'yes' | 'older' | 'newer';
  /** `year.minor` of the given version, e.g. `2025.10` for `2025.10.4` (may be outside the window). */
  minor: string;
  /** The version as given, trimmed. */
  version: string;
}

const VERSION_RE = /^v?(\d{4})\.(\d{1,2})(?:\.\d+)?(?:[-+][0-9A-Za-z.-]*)?$/;

function order(release: string): number {
  const [year, minor] = release.split('.').map(Number);
  return (year ?? 0) * 100 + (minor ?? 0);
}

/** < 0 when `a` is older than `b`, 0 when equal, > 0 when newer (`year.minor` strings). */
export function compareReleases(a: string, b: string): number {
  return order(a) - order(b);
}

/** True when `release` is `since` or newer. */
export function isAtLeast(release: ReleaseId, since: ReleaseId): boolean {
  return compareReleases(release, since) >= 0;
}

/**
 * Reads an authentik version (`version_current` of `/admin/version/`, e.g. `2025.10.4`,
 * `2026.2.0-rc1`). Patch releases map to their minor. A minor between two supported releases
 * (none exists today) maps to the older one. Returns null when the text is not a version.
 */
export function parseRelease(version: string): ParsedRelease | null {
  const trimmed = version.trim();
  const match = VERSION_RE.exec(trimmed);
  if (!match) return null;
  const minor = `${match[1]}.${Number(match[2])}`;
  if (compareReleases(minor, OLDEST_RELEASE) < 0) return { id: OLDEST_RELEASE, supported: 'older', minor, version: trimmed };
  if (compareReleases(minor, NEWEST_RELEASE) > 0) return { id: NEWEST_RELEASE, supported: 'newer', minor, version: trimmed };
  const id = [...RELEASES].reverse().find((release) => compareReleases(release, minor) <= 0) ?? OLDEST_RELEASE;
  return { id, supported: 'yes', minor, version: trimmed };
}

/** Optional SAML provider fields that appeared inside the window. */
export type SamlReleaseField =
  'default_name_id_policy' | 'sls_url' | 'sls_binding' | 'logout_method' | 'sign_logout_request' | 'sign_logout_response';

export interface ReleaseCapabilities {
  release: ReleaseId;

  /** Keypair field with the key's algorithm (`rsa`, `ec`, …). `private_key_type` is null without a private key. */
  keypairTypeField: 'private_key_type' | 'key_type';
  /** `?key_type=` filters the keypair list. Without it the parameter is ignored and the list is NOT filtered. */
  keypairKeyTypeFilter: boolean;
  /** `?include_details=` exists on the keypair list; `false` nulls fingerprints, `cert_expiry`, `cert_subject` and the type. */
  keypairIncludeDetails: boolean;

  /** OAuth2 provider has `grant_types`. Before, the field does not exist, a sent value is dropped, every grant is allowed. */
  oauth2GrantTypes: boolean;
  /** source: what a provider created without `grant_types` allows: every grant (no field), or none (`[]`: every login fails). */
  oauth2GrantTypesWhenOmitted: 'all' | 'none';
  /** `redirect_uris[].redirect_uri_type` (`authorization` | `logout`) exists; before, every entry is a login redirect. */
  redirectUriType: boolean;
  /** OAuth2 logout fields: none (2025.4/6), `backchannel_logout_uri` (2025.8), `logout_uri` + `logout_method` (2025.10+). */
  oauth2LogoutFields: readonly ('backchannel_logout_uri' | 'logout_uri' | 'logout_method')[];
  /** OAuth2 `refresh_token_threshold` exists. */
  oauth2RefreshTokenThreshold: boolean;
  /** OAuth2 `setup_urls` answers `dcr_registration`. */
  oauth2SetupUrlsDcrRegistration: boolean;

  /** SAML entity ID field: `issuer` (optional, but not blank when sent; model default `authentik`) or `issuer_override` (default `''`). */
  samlIssuerField: 'issuer' | 'issuer_override';
  /** source: the entity ID a provider gets when the field is omitted: `authentik`, or `''` = the metadata URL. */
  samlIssuerDefault: 'authentik' | '';
  /** SAML provider answers the computed `url_issuer` (override, else the metadata URL). Before: the entity ID is `issuer`. */
  samlUrlIssuer: boolean;
  /** SAML provider answers `url_unified` and `url_unified_init`. */
  samlUrlUnified: boolean;
  /** source: `sp_binding` when omitted. */
  samlSpBindingDefault: 'redirect' | 'post';
  /** source: a SAML signing keypair must be RSA, EC or DSA ("Only RSA, EC, and DSA key types…"). */
  samlSigningKeyTypeCheck: boolean;
  /** Which of the newer optional SAML fields exist. */
  samlFields: readonly SamlReleaseField[];

  /** `Application.slug` maximum length (null: no limit in the schema). */
  applicationSlugMaxLength: number | null;
  /** `Application.meta_icon` can be written (before it is read-only: a sent value is dropped). */
  applicationMetaIconWritable: boolean;
  /** source: providers always answer `assigned_backchannel_application_*`; before 2025.8 they are absent when unset. */
  providerAssignedBackchannelAlways: boolean;

  /** `UserSelf.roles` exists. */
  userSelfRoles: boolean;
  /** `UserSelf.is_current` exists. */
  userSelfIsCurrent: boolean;

  /**
   * source: forwarded headers (X-Forwarded-Host, -Proto, -For) count only from
   * `AUTHENTIK_LISTEN__TRUSTED_PROXY_CIDRS` (PR #25637, 2026.8); before, from any client.
   */
  forwardedHeadersTrustedOnly: boolean;
}

const SAML_FIELDS_SINCE: ReadonlyArray<readonly [SamlReleaseField, ReleaseId]> = [
  ['default_name_id_policy', '2025.8'],
  ['sls_url', '2025.10'],
  ['sls_binding', '2025.10'],
  ['logout_method', '2025.10'],
  ['sign_logout_request', '2025.10'],
  ['sign_logout_response', '2026.5'],
];

function describe(release: ReleaseId): ReleaseCapabilities {
  const since = (first: ReleaseId) => isAtLeast(release, first);
  return {
    release,
    keypairTypeField: since('2025.12') ? 'key_type' : 'private_key_type',
    keypairKeyTypeFilter: since('2025.12'),
    keypairIncludeDetails: !since('2026.2'),
    oauth2GrantTypes: since('2026.5'),
    oauth2GrantTypesWhenOmitted: since('2026.5') ? 'none' : 'all',
    redirectUriType: since('2026.5'),
    oauth2LogoutFields: since('2025.10') ? ['logout_uri', 'logout_method'] : since('2025.8') ? ['backchannel_logout_uri'] : [],
    oauth2RefreshTokenThreshold: since('2025.10'),
    oauth2SetupUrlsDcrRegistration: since('2026.8'),
    samlIssuerField: since('2026.5') ? 'issuer_override' : 'issuer',
    samlIssuerDefault: since('2026.5') ? '' : 'authentik',
    samlUrlIssuer: since('2026.5'),
    samlUrlUnified: since('2026.5'),
    samlSpBindingDefault: since('2025.12') ? 'post' : 'redirect',
    samlSigningKeyTypeCheck: since('2025.12'),
    samlFields: SAML_FIELDS_SINCE.filter(([, first]) => since(first)).map(([field]) => field),
    applicationSlugMaxLength: since('2025.12') ? null : 50,
    applicationMetaIconWritable: since('2025.12'),
    providerAssignedBackchannelAlways: since('2025.8'),
    userSelfRoles: since('2025.12'),
    userSelfIsCurrent: since('2026.8'),
    forwardedHeadersTrustedOnly: since('2026.8'),
  };
}

/** The capability table, one row per supported release. */
export const CAPABILITIES: Readonly<Record<ReleaseId, ReleaseCapabilities>> = Object.freeze(
  Object.fromEntries(RELEASES.map((release) => [release, Object.freeze(describe(release))])) as Record<ReleaseId, ReleaseCapabilities>,
);

/** The row of one release. */
export function capabilities(release: ReleaseId): ReleaseCapabilities {
  return CAPABILITIES[release];
}

export function isReleaseId(value: unknown): value is ReleaseId {
  return typeof value === 'string' && (RELEASES as readonly string[]).includes(value);
}
