/**
 * GitLab (self-managed) signs users in through its OmniAuth OpenID Connect provider, configured in
 * /etc/gitlab/gitlab.rb. GitLab reads the endpoints from authentik's discovery document, calls back
 * to `<external_url>/users/auth/openid_connect/callback` and links accounts by the
 * preferred_username claim.
 *
 * Variant `saml` (GitLab (SAML), /gitlab-saml): the OmniAuth SAML provider in the same file. GitLab
 * posts its AuthnRequest to authentik's SSO URL, receives the response at
 * `<external_url>/users/auth/saml/callback`, and trusts it by the signing certificate's fingerprint;
 * GitLab's SP entity ID is its own external_url (`issuer` in gitlab.rb).
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';
import * as saml from './saml-content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/development/gitlab/', vendor: 'https://docs.gitlab.com/administration/auth/oidc/' },
  inputs: {
    url: {
      type: 'url',
      label: 'GitLab URL',
      help: help.url,
      example: 'https://gitlab.company',
      httpReason: 'Use the https:// address of GitLab (its external_url): sign-in codes must not travel over plain http.',
      pages: ['users', 'explore', 'admin', 'dashboard', 'help', 'search', '-'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/users/auth/openid_connect/callback'], signingKey: 'any', subject: 'user_email' },
  screen: [
    {
      title: 'OpenID Connect provider',
      location: '/etc/gitlab/gitlab.rb (Docker: GITLAB_OMNIBUS_CONFIG)',
      format: 'file',
      snippet,
      fields: [
        { label: 'issuer', value: '{issuer}', help: 'Keep the trailing slash: it must equal the issuer of the discovery document.' },
        { label: 'identifier', value: '{client_id}' },
        { label: 'secret', value: '{client_secret}', secret: true },
        { label: 'redirect_uri', value: '{redirect_uri}' },
      ],
      notes: [notes.reconfigure, notes.breakGlass],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document, and GitLab fails with a 500 at sign-in.' },
    'redirect-uri': { title: 'The redirect URI is GitLab’s OpenID Connect callback', why: why.redirect },
    'grant-types': { why: 'GitLab signs users in with the authorization code flow (with PKCE).' },
    'signing-key': { why: 'GitLab verifies the ID token with the keys authentik publishes (discovery: true).' },
    'encryption-key': {},
    'email-claim': { source: 'userinfo', why: 'GitLab creates or links the account by the email address authentik sends.' },
    discovery: { why: 'With discovery: true GitLab reads every endpoint from the document below the issuer.' },
    'username-changes': { why: 'GitLab links the identity by preferred_username (uid_field), so a renamed user would arrive as someone new.' },
  },
  manualTest,
  /**
   * GitLab (OpenID Connect): values copied from https://integrations.goauthentik.io/development/gitlab/
   * (tab "OIDC", sections "Create an application and provider in authentik" and "GitLab configuration")
   * and https://docs.gitlab.com/administration/auth/oidc/ (section "Use OpenID Connect as an
   * authentication provider", provider configuration and the option list under it), for GitLab at
   * https://gitlab.company. GitLab asks for scope ["openid","profile","email"], sends redirect_uri
   * <your_gitlab_url>/users/auth/openid_connect/callback, and takes uid from uid_field
   * (the guide sets preferred_username; without it GitLab falls back to sub). The guide sets the
   * Subject mode to "Based on the User's Email". The guide and the vendor agree.
   */
  expected: {
    inputs: { url: 'https://gitlab.company' },
    oidc: {
      redirectUris: ['https://gitlab.company/users/auth/openid_connect/callback'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      subject: 'user_email',
      claims: ['preferred_username', 'email'],
    },
    appSide: { issuer: 'https://authentik.company/application/o/gitlab/', redirect_uri: 'https://gitlab.company/users/auth/openid_connect/callback' },
  },
  variants: {
    saml: {
      docs: { authentik: 'https://integrations.goauthentik.io/development/gitlab/', vendor: 'https://docs.gitlab.com/integration/saml/' },
      inputs: {
        url: {
          type: 'url',
          label: 'GitLab URL',
          help: saml.help.url,
          example: 'https://gitlab.company',
          httpReason:
            'Use the https:// address of GitLab (its external_url): authentik posts the signed login to it, which must not travel over plain http.',
          pages: ['users', 'explore', 'admin', 'dashboard', 'help', 'search', '-'],
        },
      },
      provider: {
        protocol: 'saml',
        acsUrl: '{url}/users/auth/saml/callback',
        // The guide sets authentik's Issuer to the GitLab URL as well; in SAML that is the IdP's own
        // entity ID, so (as GitLab's docs use it) only the Audience is GitLab's and the Issuer stays default.
        audience: '{url}',
        signingKey: 'any',
        // GitLab's IdP requirements list “Sign SAML response: Required”; the assertion stays signed too.
        signResponse: true,
        // The guide sets no NameID mapping: authentik sends its hashed user id, which GitLab links as the uid.
        nameId: 'persistent',
        mappings: ['email', 'name', 'username'],
        nameIdPolicy: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      },
      screen: [
        {
          title: 'SAML provider',
          location: '/etc/gitlab/gitlab.rb (Docker: GITLAB_OMNIBUS_CONFIG)',
          format: 'file',
          snippet: saml.snippet,
          fields: [
            { label: 'assertion_consumer_service_url', value: '{acs_url}' },
            { label: 'idp_cert_fingerprint', value: '{cert_sha256}', help: saml.help.fingerprint },
            { label: 'idp_sso_target_url', value: '{sso_url}' },
            { label: 'issuer', value: '{audience}', help: 'GitLab’s SP entity ID: the Audience of the authentik provider.' },
          ],
          notes: [saml.notes.reconfigure, saml.notes.breakGlass],
        },
      ],
      checks: {
        'acs-url': {
          title: 'The ACS URL is GitLab’s SAML callback',
          why: 'authentik posts the signed login to this address; GitLab only listens at /users/auth/saml/callback.',
        },
        audience: { why: 'GitLab checks that the assertion is addressed to its issuer, the external_url.' },
        'sp-binding': { why: 'GitLab reads the SAML response from a form post; by Redirect it fails.' },
        'metadata-entity-id': { why: saml.why.entityId },
        'metadata-certificate': { why: saml.why.certificate },
        'certificate-expiry': {
          why: 'An expired signing certificate fails every login, and a renewed one needs a new idp_cert_fingerprint in gitlab.rb.',
        },
        'relay-state': { why: 'GitLab restores the page to return to from the relay state; a foreign one ends on an error.' },
      },
      manualTest: saml.manualTest,
      /**
       * GitLab (SAML): values copied from https://integrations.goauthentik.io/development/gitlab/ (tab
       * "SAML", sections "Create an Application and Provider in authentik" and "GitLab configuration")
       * and https://docs.gitlab.com/integration/saml/ (sections "General Setup", "Notes on configuring
       * your identity provider" and "Assertions"), for GitLab at https://gitlab.company.
       * GitLab's gitlab.rb sets name_identifier_format persistent, so authentik (no NameID mapping)
       * answers with the user's hashed uid; the attribute names are those of the guide's
       * attribute_statements. Where they disagree: GitLab's IdP table says "Sign SAML response: Required"
       * ("Sign SAML assertion: Optional") while the guide only picks a signing certificate (authentik then
       * signs the assertion alone); this block follows GitLab, which owns the check.
       */
      expected: {
        sources: { followed: 'GitLab for signing: its IdP table lists "Sign SAML response | Required"; the guide does not enable Sign responses.' },
        inputs: { url: 'https://gitlab.company' },
        saml: {
          acsUrl: 'https://gitlab.company/users/auth/saml/callback',
          audience: 'https://gitlab.company',
          binding: 'post',
          nameId: 'hashed_uid',
          nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
          attributes: [
            'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
            'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
            'http://schemas.goauthentik.io/2021/02/saml/username',
          ],
          signResponse: true,
        },
        appSide: {
          assertion_consumer_service_url: 'https://gitlab.company/users/auth/saml/callback',
          idp_sso_target_url: 'https://authentik.company/application/saml/gitlab-saml/sso/binding/redirect/',
          issuer: 'https://gitlab.company',
        },
      },
    },
  },
});
