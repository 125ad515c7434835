/**
 * Docker (Business) signs organization members in to Docker Hub and Docker Desktop through a SAML
 * SSO connection. Docker shows the connection's Entity ID and ACS URL when it is created, before
 * anything is asked of the IdP, so the admin pastes both here; Docker then takes authentik's SAML
 * Sign-in URL and certificate, and matches users by an email-address NameID.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/docker/',
    vendor: 'https://docs.docker.com/enterprise/security/single-sign-on/connect/',
  },
  inputs: {
    acs: {
      type: 'text',
      label: 'ACS URL',
      help: help.acs,
      example: 'https://login.docker.com/login/callback?connection=…',
      pattern: '^https:\\/\\/[^\\s/?#]+[^\\s]*$',
      message: help.acsRule,
    },
    entity: { type: 'text', label: 'Entity ID', help: help.entity, example: 'urn:auth0:docker:…', pattern: '^\\S+$', message: help.entityRule },
  },
  // No launch URL: the guide's https://hub.docker.com/ is not the ACS host, and the checks take the app's host from it.
  provider: {
    protocol: 'saml',
    acsUrl: '{acs}',
    audience: '{entity}',
    signingKey: 'any',
    nameId: 'email',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    mappings: [],
  },
  screen: [
    {
      title: 'Create connection',
      location: 'Docker Home › your organization or company › Identity & auth › SSO and SCIM › Create Connection › SAML 2.0',
      fields: [
        { label: 'SAML Sign-in URL', value: '{saml_url}' },
        { label: 'x509 Certificate', value: '{cert_pem}', help: help.certificate },
      ],
      notes: [notes.open, notes.plan, notes.enforce],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is the one Docker showed', why: 'Docker receives the response only at the ACS URL of this connection.' },
    audience: { why: 'Docker accepts only assertions addressed to the connection’s Entity ID.' },
    'sp-binding': { why: 'Docker’s ACS URL takes the SAML response as a form post.' },
    'saml-signing': { why: 'Docker only accepts responses signed with the x509 Certificate it was given.' },
    'metadata-entity-id': { why: 'Docker takes authentik’s issuer from the first signed response; it must stay the same afterwards.' },
    'metadata-certificate': { why: 'Docker checks each signature against the x509 Certificate pasted into the connection.' },
    'certificate-expiry': { why: 'An expired signing certificate fails every Docker login, and a renewed one must be pasted into Docker again.' },
    'relay-state': { why: 'Docker does not accept logins started at authentik (IdP-initiated); a default relay state only ends on an error.' },
  },
  manualTest,
  /**
   * Docker: values copied from https://integrations.goauthentik.io/platforms/docker/ ("Start the SAML connection in
   * Docker" — copy Entity ID and ACS URL —, "Create an application and provider" — ACS URL and Audience from Docker,
   * Service Provider Binding Post, NameID authentik default SAML Mapping: Email, Default NameID Policy Email address —
   * and "Complete the SAML connection": SAML Sign-in URL …/application/saml/<application_slug>/, x509 Certificate) and
   * Docker's https://docs.docker.com/enterprise/security/single-sign-on/connect/ (copy Entity ID and ACS URL into the
   * IdP; Name ID format EmailAddress, application username Email; paste SAML Sign-in URL and x509 Certificate back).
   * The input values are illustrative (neither page prints them; Docker generates them per connection).
   * Where they disagree: the guide sets the Launch URL https://hub.docker.com/, which is not the ACS host, so the
   * wizard sets none (its checks compare the ACS URL with the launch host). Otherwise they agree.
   */
  expected: {
    sources: { followed: 'guide and vendor for every value; no launch URL (the guide’s hub.docker.com is not the ACS host)' },
    inputs: { acs: 'https://login.docker.com/login/callback?connection=company-sso', entity: 'urn:auth0:docker:company-sso' },
    saml: {
      acsUrl: 'https://login.docker.com/login/callback?connection=company-sso',
      audience: 'urn:auth0:docker:company-sso',
      binding: 'post',
      nameId: 'email',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    },
    appSide: { 'SAML Sign-in URL': 'https://authentik.company/application/saml/docker/' },
  },
});
