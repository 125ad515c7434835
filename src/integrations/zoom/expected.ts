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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/zoom/',
    vendor: 'https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0060673',
    followed: 'guide for ACS URL, audience and Zoom fields; the redirect-binding SSO/SLO URLs (served by every supported release) with Binding HTTP-Redirect, an option Zoom documents, instead of the unified endpoint with HTTP-POST',
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
});
