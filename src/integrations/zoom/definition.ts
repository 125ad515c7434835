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
        { label: 'Binding', value: 'HTTP-Redirect', choice: true, help: help.binding },
        { label: 'Signature Hash Algorithm', value: 'SHA-256', choice: true },
        { label: 'Security options', value: 'Sign SAML request', choice: true, help: help.sign },
        { label: 'Provision User', value: 'At Sign-In', choice: true },
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
  /**
   * Zoom: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/zoom/
   * ("Create an application and provider": ACS URL https://company.zoom.us/saml/SSO, Audience
   * company.zoom.us, SLS URL https://company.zoom.us/saml/SingleLogout; "Zoom configuration": Sign-in and
   * Sign-out page URL …/application/saml/<application_slug>/, certificate without the BEGIN/END lines,
   * Service Provider (SP) Entity ID company.zoom.us, Issuer (IDP Entity ID) …/metadata/, Binding HTTP-POST,
   * Signature Hash Algorithm SHA-256, Sign SAML request, Provision User At Sign-In) and Zoom's
   * https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0060673 with "Getting started with
   * SSO" (support.zoom.us 201363003: Zoom creates the user "with the received name ID"; NameID "any
   * unique identifier … such as persistentID or mail"; Binding "http-post or http-redirect"; certificate
   * without Begin/End), for the vanity name "company".
   * Where they disagree / what is followed: the guide's unified endpoint `…/application/saml/zoom/` is
   * served only by newer authentik releases; the redirect-binding SSO and SLO URLs are used, so Zoom's
   * Binding must be HTTP-Redirect (an option Zoom documents) instead of the guide's HTTP-POST.
   */
  expected: {
    sources: {
      followed:
        'guide for ACS URL, audience and Zoom fields; the redirect-binding SSO/SLO URLs (served by every supported release) with Binding HTTP-Redirect, an option Zoom documents, instead of the unified endpoint with HTTP-POST',
    },
    inputs: { vanity: 'company' },
    launchUrl: 'https://company.zoom.us',
    saml: {
      acsUrl: 'https://company.zoom.us/saml/SSO',
      audience: 'company.zoom.us',
      binding: 'post',
      // nameId left out: the guide sets no NameID mapping (authentik's default), which cannot be expressed.
    },
    appSide: {
      'Sign-in page URL': 'https://authentik.company/application/saml/zoom/sso/binding/redirect/',
      'Sign-out page URL': 'https://authentik.company/application/saml/zoom/slo/binding/redirect/',
      'Service Provider (SP) Entity ID': 'company.zoom.us',
      'Issuer (IDP Entity ID)': 'https://authentik.company/application/saml/zoom/metadata/',
      Binding: 'HTTP-Redirect',
      'Signature Hash Algorithm': 'SHA-256',
      'Provision User': 'At Sign-In',
    },
  },
});
