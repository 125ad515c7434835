/**
 * Radarr (Sonarr's code base, for movies) has no SSO: authentik's outpost serves it as a reverse
 * proxy and Radarr trusts it (AuthenticationMethod External); its API stays open for the apps that
 * call it with the API key.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { apiWhy, arrDefinition } from '../shared/servarr';

export default defineIntegration({
  ...arrDefinition({
    name: 'Radarr',
    port: 7878,
    authentikDocs: 'https://integrations.goauthentik.io/media/sonarr/',
    vendorDocs: 'https://wiki.servarr.com/radarr/faq#forced-authentication',
    openPaths: [{ pattern: '^/api/.*', why: apiWhy }],
  }),
  /**
   * Radarr: authentik has no Radarr guide; its Sonarr guide
   * (https://integrations.goauthentik.io/media/sonarr/) is the one for every *arr app (its earlier
   * text says so): Mode Proxy, External host, Internal host http://<container_name>:<port>,
   * `AuthenticationMethod` External in config.xml. Radarr's port 7878 and External authentication
   * from https://wiki.servarr.com/radarr/faq#forced-authentication and the Radarr installation pages;
   * its API is under /api (with the API key).
   */
  expected: {
    sources: {
      followed: 'authentik’s Sonarr guide applied to Radarr (same code base); the API (/api, with the API key) is left open for the other apps.',
    },
    inputs: { url: 'https://radarr.company', internal: 'http://radarr:7878' },
    launchUrl: 'https://radarr.company',
    proxy: { mode: 'proxy', externalHost: 'https://radarr.company', internalHost: 'http://radarr:7878', openPaths: ['^/api/.*'] },
    appSide: { AuthenticationMethod: 'External' },
  },
});
