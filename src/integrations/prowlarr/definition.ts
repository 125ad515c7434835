/**
 * Prowlarr has no SSO: authentik's outpost serves it as a reverse proxy and Prowlarr trusts it
 * (AuthenticationMethod External). Its API and the per-indexer feeds it hands to Sonarr and Radarr
 * (`/<indexer id>/api`, `/<indexer id>/download`) stay open: those apps call them with the API key.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { apiWhy, arrDefinition } from '../shared/servarr';

const feedWhy = 'Sonarr and Radarr search and download through the indexer feeds Prowlarr gives them, with the API key.';

export default defineIntegration({
  ...arrDefinition({
    name: 'Prowlarr',
    port: 9696,
    authentikDocs: 'https://integrations.goauthentik.io/media/sonarr/',
    vendorDocs: 'https://wiki.servarr.com/prowlarr/faq#forced-authentication',
    openPaths: [
      { pattern: '^/api/.*', why: apiWhy },
      { pattern: '^/[0-9]+/api', why: feedWhy },
      { pattern: '^/[0-9]+/download', why: feedWhy },
    ],
  }),
  /**
   * Prowlarr: authentik has no Prowlarr guide; its Sonarr guide
   * (https://integrations.goauthentik.io/media/sonarr/) is the one for every *arr app: Mode Proxy,
   * External host, Internal host http://<container_name>:<port>, `AuthenticationMethod` External.
   * Port 9696 and External authentication from https://wiki.servarr.com/prowlarr/faq#forced-authentication;
   * the API is under /api, and the indexers Prowlarr syncs into Sonarr and Radarr point at
   * http://prowlarr:9696/<id>/ with API path /api (https://wiki.servarr.com/prowlarr/settings#applications).
   */
  expected: {
    sources: {
      followed: 'authentik’s Sonarr guide applied to Prowlarr (same code base); its API and indexer feeds are left open for Sonarr and Radarr.',
    },
    inputs: { url: 'https://prowlarr.company', internal: 'http://prowlarr:9696' },
    launchUrl: 'https://prowlarr.company',
    proxy: {
      mode: 'proxy',
      externalHost: 'https://prowlarr.company',
      internalHost: 'http://prowlarr:9696',
      openPaths: ['^/api/.*', '^/[0-9]+/api', '^/[0-9]+/download'],
    },
    appSide: { AuthenticationMethod: 'External' },
  },
});
