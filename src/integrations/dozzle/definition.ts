/**
 * Dozzle has no login of its own to connect: authentik's outpost checks each request (forward auth,
 * single application) and Dozzle's `forward-proxy` auth provider reads the user from the
 * X-Authentik-* headers.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { forwardAuthTest, outpostSection, reverseProxySections } from '../shared/forward-auth';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/monitoring/dozzle/', vendor: 'https://dozzle.dev/guide/what-is-dozzle' },
  inputs: {
    url: { type: 'url', label: 'Dozzle URL', help: 'The https address you open Dozzle at.', example: 'https://dozzle.company', pages: ['**'] },
  },
  provider: {
    protocol: 'proxy',
    mode: 'forward_single',
    externalHost: '{url}',
    headers: ['X-authentik-username', 'X-authentik-email', 'X-authentik-name'],
  },
  screen: [
    {
      title: 'Dozzle environment',
      location: 'the environment of the Dozzle container (.env or compose file)',
      format: 'env',
      fields: [
        { label: 'DOZZLE_AUTH_PROVIDER', value: 'forward-proxy' },
        { label: 'DOZZLE_AUTH_HEADER_USER', value: 'X-Authentik-Username' },
        { label: 'DOZZLE_AUTH_HEADER_EMAIL', value: 'X-Authentik-Email' },
        { label: 'DOZZLE_AUTH_HEADER_NAME', value: 'X-Authentik-Name' },
        { label: 'DOZZLE_AUTH_LOGOUT_URL', value: '{external_host}/outpost.goauthentik.io/sign_out' },
      ],
      notes: [
        {
          tone: 'warning',
          text: 'Dozzle reaches the Docker socket: keep it reachable only through the reverse proxy, so nobody can send the headers themselves.',
        },
      ],
    },
    outpostSection,
    ...reverseProxySections,
  ],
  manualTest: forwardAuthTest,
  /**
   * Dozzle: values copied from https://integrations.goauthentik.io/monitoring/dozzle/ (sections
   * "Create an application and provider in authentik": Mode Forward auth (single application),
   * External host https://dozzle.company; "Configure proxy outpost"; "Dozzle configuration": the five
   * DOZZLE_AUTH_* variables) and https://dozzle.dev/guide/what-is-dozzle (what Dozzle is; the forward-proxy provider and
   * header variables are as the guide gives them). Nothing is left unauthenticated.
   */
  expected: {
    inputs: { url: 'https://dozzle.company' },
    launchUrl: 'https://dozzle.company',
    proxy: { mode: 'forward_single', externalHost: 'https://dozzle.company', openPaths: [] },
    appSide: {
      DOZZLE_AUTH_PROVIDER: 'forward-proxy',
      DOZZLE_AUTH_HEADER_USER: 'X-Authentik-Username',
      DOZZLE_AUTH_HEADER_EMAIL: 'X-Authentik-Email',
      DOZZLE_AUTH_HEADER_NAME: 'X-Authentik-Name',
      DOZZLE_AUTH_LOGOUT_URL: 'https://dozzle.company/outpost.goauthentik.io/sign_out',
    },
  },
});
