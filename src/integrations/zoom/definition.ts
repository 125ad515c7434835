/**
 * Zoom signs users in through SAML single sign-on on its vanity URL. authentik posts the response to
 * https://<vanity>.zoom.us/saml/SSO for the SP entity ID <vanity>.zoom.us (no scheme); Zoom creates the
 * user at sign-in from the NameID, so the NameID carries the email address.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/zoom/',
    vendor: 'https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0060673',
  },
  inputs: {
    vanity: {
      type: 'subdomain',
      domain: 'zoom.us',
      where: 'your vanity URL (the part before .zoom.us)',
      label: 'Vanity name',
      help: help.vanity,
      example: 'company',
      preview: 'ACS URL: https://{vanity}.zoom.us/saml/SSO',
    },
  },
  launchUrl: 'https://{vanity}.zoom.us',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://{vanity}.zoom.us/saml/SSO',
    audience: '{vanity}.zoom.us',
    binding: 'post',
    signingKey: 'any',
    // The guide sets no NameID mapping; Zoom provisions users from the NameID, and the email address is
    // the identifier Zoom documents (“persistentID or mail”) that also names the Zoom user.
    nameId: 'email',
    mappings: ['email', 'name'],
  },
  screen: [
    {
      title: 'Single Sign-On',
      location: 'Zoom web portal › Admin › Advanced › Single Sign-On (choose the vanity URL if asked)',
      fields: [
        { label: 'Sign-in page URL', value: '{sso_url}' },
        { label: 'Sign-out page URL', value: '{slo_url}' },
        { label: 'Identity Provider Certificate', value: '{cert_body}', help: help.certificate },
        { label: 'Service Provider (SP) Entity ID', value: '{vanity}.zoom.us', help: help.spEntity },
        { label: 'Issuer (IDP Entity ID)', value: '{entity_id}' },
        { label: 'Binding', value: 'HTTP-Redirect', help: help.binding },
        { label: 'Signature Hash Algorithm', value: 'SHA-256' },
        { label: 'Security options', value: 'Sign SAML request', help: help.sign },
        { label: 'Provision User', value: 'At Sign-In' },
      ],
      notes: [notes.plan, notes.save, notes.slo],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is your vanity URL’s /saml/SSO', why: why.acs },
    audience: { why: why.audience },
    'metadata-entity-id': { title: 'authentik’s issuer equals Issuer (IDP Entity ID) on the configuration screen' },
  },
  manualTest,
});
