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
      preview: 'ACS URL: {url}/complete/saml/',
      pages: ['login', 'logout', 'accounts', 'complete', 'saml', 'api', 'json', 'help', 'register', 'devlogin', 'static', 'user_uploads', 'integrations', 'apps', 'policies'],
    },
  },
  launchUrl: '{url}',
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
});
