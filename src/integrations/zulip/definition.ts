/**
 * Zulip (self-hosted) signs users in through python-social-auth's SAML backend, configured in
 * /etc/zulip/settings.py with the IdP named "authentik". authentik posts to <host>/complete/saml/ for the
 * SP entity ID https://<EXTERNAL_HOST>; Zulip reads the attributes email and full_name.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { certCommands, help, manualTest, notes, settingsPy, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/zulip/',
    vendor: 'https://zulip.readthedocs.io/en/stable/production/authentication-methods.html#saml',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Zulip URL',
      help: help.url,
      example: 'https://zulip.company',
      pages: [
        'login',
        'logout',
        'accounts',
        'complete',
        'saml',
        'api',
        'json',
        'help',
        'register',
        'devlogin',
        'static',
        'user_uploads',
        'integrations',
        'apps',
        'policies',
      ],
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/complete/saml/',
    audience: '{url}',
    binding: 'post',
    signingKey: 'any',
    nameId: 'custom:Zulip email',
    mappings: [],
    customMappings: [
      { name: 'Zulip email', attribute: 'email', expression: 'return request.user.email' },
      { name: 'Zulip full name', attribute: 'full_name', expression: 'return request.user.name or request.user.username' },
    ],
  },
  screen: [
    {
      title: 'SAML Authentication section',
      location: '/etc/zulip/settings.py',
      format: 'file',
      snippet: settingsPy,
      fields: [
        { label: 'entity_id', value: '{entity_id}' },
        { label: 'url', value: '{sso_url}' },
        { label: 'attr_user_permanent_id', value: 'email' },
        { label: 'attr_username', value: 'email' },
        { label: 'attr_email', value: 'email' },
        { label: 'attr_full_name', value: 'full_name' },
        { label: 'display_name', value: 'authentik SAML', help: help.display },
      ],
      notes: [notes.backend],
    },
    {
      title: 'IdP certificate',
      location: '/etc/zulip/saml/idps/authentik.crt',
      format: 'file',
      snippet: '{cert_pem}',
      fields: [{ label: 'authentik.crt', value: '{cert_pem}', help: help.cert }],
    },
    {
      title: 'Certificate permissions',
      location: 'On the Zulip server, as root',
      format: 'file',
      snippet: certCommands,
      fields: [],
      notes: [notes.restart],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is Zulip’s /complete/saml/', why: why.acs },
    audience: { why: why.audience },
    'custom-mappings': { why: why.mappings },
    'metadata-certificate': { why: 'Zulip checks each signature against /etc/zulip/saml/idps/authentik.crt; another certificate fails every login.' },
  },
  manualTest,
  /**
   * Zulip: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/zulip/
   * ("Create property mappings": Zulip email → attribute email, Zulip full name → attribute full_name;
   * "Create an application and provider": ACS URL https://zulip.company/complete/saml/, Audience
   * https://zulip.company, NameID Property Mapping "Zulip email"; "Zulip configuration": the
   * SOCIAL_AUTH_SAML_ENABLED_IDPS entry "authentik" with entity_id …/metadata/, url, attr_* and display_name,
   * certificate at /etc/zulip/saml/idps/authentik.crt) and the vendor:
   * https://zulip.readthedocs.io/en/stable/production/authentication-methods.html#saml (ACS
   * https://zulip.example.com/complete/saml/, SP entity ID defaulting to https:// + EXTERNAL_HOST, IdP
   * certificate at /etc/zulip/saml/idps/{idp_name}.crt, attr_* keys naming the SAML attributes), for the
   * example inputs below.
   * Where they disagree: only the IdP "url": the guide's unified `…/application/saml/<slug>/` is served only
   * by newer authentik releases; the redirect-binding SSO URL (python3-saml sends its AuthnRequest by
   * redirect) is followed.
   */
  expected: {
    sources: {
      followed:
        'guide for every value except the IdP url: the redirect-binding endpoint, served by every supported release, instead of the unified one',
    },
    inputs: { url: 'https://zulip.company' },
    launchUrl: 'https://zulip.company',
    saml: {
      acsUrl: 'https://zulip.company/complete/saml/',
      audience: 'https://zulip.company',
      binding: 'post',
      nameId: 'custom',
      attributes: ['email', 'full_name'],
    },
    appSide: {
      entity_id: 'https://authentik.company/application/saml/zulip/metadata/',
      url: 'https://authentik.company/application/saml/zulip/sso/binding/redirect/',
      attr_user_permanent_id: 'email',
      attr_username: 'email',
      attr_email: 'email',
      attr_full_name: 'full_name',
      display_name: 'authentik SAML',
    },
  },
});
