/**
 * The independent oracle of one catalog app (the `expected` block of its definition): literal values
 * copied from the authentik guide and the vendor's documentation for literal example inputs. It is
 * never computed from the definition's templates (plain literals, no `{key}`), so a wrong path in a
 * definition fails the battery instead of agreeing with itself.
 *
 * Every URL assumes authentik at https://authentik.company and the application's default slug.
 */
export type NameIdSource = 'email' | 'username' | 'upn' | 'uid' | 'hashed_uid' | 'custom';

export interface ExpectedOidc {
  /** Every redirect URI the app sends, exactly (scheme, path, trailing slash, case), alone when Strict and Authorization; regex ones with `matching: 'regex'`. */
  redirectUris: readonly (string | { url: string; matching?: 'strict' | 'regex'; type?: 'authorization' | 'logout' })[];
  /** The scopes the app asks for at login: the provider must offer each of them. */
  scopes: readonly string[];
  /** The client type the app needs (a public client has no secret). */
  clientType?: 'confidential' | 'public';
  /** The ID token algorithm the app verifies: RS256 or ES256 need that key type, HS256 needs no key, any: either. */
  signing?: 'RS256' | 'ES256' | 'HS256' | 'any';
  /** What the `sub` claim must carry when the app matches users by it. */
  subject?: 'hashed_user_id' | 'user_id' | 'user_uuid' | 'user_username' | 'user_email' | 'user_upn';
  /** Claims the app reads (e.g. email, preferred_username, groups). */
  claims?: readonly string[];
}

export interface ExpectedSaml {
  /** The ACS URL, exactly (after the round trip, for apps that show it only later). */
  acsUrl: string;
  /** The audience, i.e. the SP entity ID the app sends ('' when the app sets none). */
  audience: string;
  binding?: 'post' | 'redirect';
  /** What the NameID carries, and its format when the app asks for one. */
  nameId?: NameIdSource;
  nameIdFormat?: string;
  /** SAML attribute names the app reads (exact spelling). */
  attributes?: readonly string[];
  signAssertion?: boolean;
  signResponse?: boolean;
  /** The signing key type the app accepts. */
  keyType?: 'rsa' | 'ec' | 'any';
}

export interface ExpectedProxy {
  mode: 'forward_single' | 'forward_domain' | 'proxy';
  /** The external host, exactly. */
  externalHost: string;
  internalHost?: string;
  cookieDomain?: string;
  /** Unauthenticated paths (skip_path_regex lines) the guide or vendor lists, exactly. */
  openPaths?: readonly string[];
}

export interface Expected {
  /**
   * Where the values were copied from: the definition's `docs` unless said otherwise (another
   * page, or a section that holds them). Where the guide and the vendor disagree, `followed` says
   * which one this block follows and why.
   */
  sources?: { authentik?: string; vendor?: string; followed?: string };
  /** What the admin types in the wizard, by input key (literal). */
  inputs: Readonly<Record<string, string>>;
  /** For an app with a round trip: what the app shows after setup, by round-trip field key (literal). */
  roundTrip?: Readonly<Record<string, string>>;
  /** The application's launch URL. */
  launchUrl?: string;
  oidc?: ExpectedOidc;
  saml?: ExpectedSaml;
  proxy?: ExpectedProxy;
  /**
   * Values the admin types into the app, as the configuration screen must show them: by field label
   * (or "Section title › Label" where a label repeats), literal, with authentik at
   * https://authentik.company. Only values that do not depend on generated ids or secrets.
   */
  appSide?: Readonly<Record<string, string>>;
  /** The group names the guide or vendor tells the admin to create, by role group key (literal). */
  roleGroups?: Readonly<Record<string, string>>;
}
