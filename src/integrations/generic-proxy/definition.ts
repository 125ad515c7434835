/**
 * Any app protected by forward auth (a proxy provider on an outpost): the admin gives its name and
 * address, picks the mode, and the wizard adds the provider to the embedded outpost and shows the
 * reverse-proxy blocks for nginx, Traefik and Caddy.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help } from '../shared/generic-content';
import { forwardAuthTest, outpostSection, reverseProxySections } from '../shared/forward-auth';

export default defineIntegration({
  docs: {
    authentik: 'https://docs.goauthentik.io/add-secure-apps/providers/proxy/',
    vendor: 'https://docs.goauthentik.io/add-secure-apps/providers/proxy/forward_auth/',
  },
  inputs: {
    name: { type: 'text', label: 'App name', help: help.name, example: 'Status' },
    url: {
      type: 'url',
      label: 'App address (external host)',
      help: 'The https address users open; the outpost recognises the app by it.',
      example: 'https://status.company',
      pages: ['**'],
    },
    mode: {
      type: 'enum',
      label: 'Mode',
      help: 'Forward auth for one app is the usual choice; domain level signs users in once for every app under one domain; proxy mode makes the outpost itself the reverse proxy.',
      example: 'forward_single',
      default: 'forward_single',
      options: [
        { value: 'forward_single', label: 'Forward auth (single application)' },
        { value: 'forward_domain', label: 'Forward auth (domain level)' },
        { value: 'proxy', label: 'Proxy (the outpost forwards to the app)' },
      ],
    },
    internal: {
      type: 'text',
      label: 'Internal host (proxy mode only)',
      help: 'Where the outpost reaches the app, e.g. http://status:3001. Leave empty for forward auth.',
      example: 'http://status.internal:3001',
      pattern: '^https?://[^\\s/?#]+(/\\S*)?$',
      message: 'Enter the internal address with http:// or https://, e.g. http://status.internal:3001.',
      optional: true,
    },
    domain: {
      type: 'text',
      label: 'Cookie domain (domain level only)',
      help: 'The domain every protected app shares, e.g. company for *.company. Leave empty otherwise.',
      example: 'company',
      pattern: '^\\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$',
      ignoreCase: true,
      message: 'Enter a domain name only, e.g. company.',
      optional: true,
    },
  },
  identity: { name: '{name}', slug: '{name}' },
  provider: { protocol: 'proxy', mode: '{mode}', externalHost: '{url}', internalHost: '{internal}', cookieDomain: '{domain}' },
  screen: [outpostSection, ...reverseProxySections],
  manualTest: forwardAuthTest,
  /**
   * Generic forward auth: values from https://docs.goauthentik.io/add-secure-apps/providers/proxy/
   * (modes: proxy, forward auth single application and domain level; the external host is the
   * address users open) and https://docs.goauthentik.io/add-secure-apps/providers/proxy/forward_auth/
   * (the reverse proxy asks /outpost.goauthentik.io/auth/<server> on the outpost).
   */
  expected: {
    inputs: { name: 'Status Board', url: 'https://status.company', mode: 'forward_single', internal: '', domain: '' },
    launchUrl: 'https://status.company',
    proxy: { mode: 'forward_single', externalHost: 'https://status.company', internalHost: '', cookieDomain: '' },
    appSide: {
      Outpost: 'authentik Embedded Outpost',
      'Outpost address for the reverse proxy': 'https://authentik.company/outpost.goauthentik.io/',
      'nginx › Forward-auth endpoint': 'https://authentik.company/outpost.goauthentik.io/auth/nginx',
      'Caddy › Forward-auth URI': '/outpost.goauthentik.io/auth/caddy',
    },
  },
});
