/**
 * Sonarr has no SSO: authentik's outpost serves it as a reverse proxy (proxy mode) and Sonarr trusts
 * it (AuthenticationMethod External); its API stays open for the apps that call it with the API key.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { apiWhy, arrDefinition } from '../shared/servarr';

export default defineIntegration({
  ...arrDefinition({
    name: 'Sonarr',
    port: 8989,
    authentikDocs: 'https://integrations.goauthentik.io/media/sonarr/',
    vendorDocs: 'https://wiki.servarr.com/sonarr/faq-v4#forced-authentication',
    openPaths: [{ pattern: '^/api/.*', why: apiWhy }],
  }),
  /**
   * Sonarr: values copied from https://integrations.goauthentik.io/media/sonarr/ (section "Create an
   * application and provider": Mode Proxy, External host https://sonarr.company, Internal host
   * http://<sonarr_container_name>:8989; "Sonarr configuration": `<AuthenticationMethod>External
   * </AuthenticationMethod>` in config.xml) and https://wiki.servarr.com/sonarr/faq-v4#forced-authentication
   * (External authentication; the API under /api is used with the API key). The guide leaves no path
   * open; the API is left open as the other *arr apps need it (issue 26).
   */
  expected: {
    sources: {
      followed: 'The guide protects every path; the vendor’s API (/api, with the API key) is left open so Prowlarr and other apps keep working.',
    },
    inputs: { url: 'https://sonarr.company', internal: 'http://sonarr:8989' },
    launchUrl: 'https://sonarr.company',
    proxy: { mode: 'proxy', externalHost: 'https://sonarr.company', internalHost: 'http://sonarr:8989', openPaths: ['^/api/.*'] },
    appSide: { AuthenticationMethod: 'External' },
  },
});
