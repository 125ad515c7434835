/**
 * Maintainerr has no authentication settings at all: authentik's outpost serves it as a reverse proxy
 * (proxy mode, to its container) and checks every visitor; nothing changes in Maintainerr.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { forwardAuthTest, outpostSection, reverseProxySections } from '../shared/forward-auth';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/media/maintainerr/', vendor: 'https://docs.maintainerr.info/security' },
  inputs: {
    url: { type: 'url', label: 'Maintainerr URL', help: 'The https address users open.', example: 'https://maintainerr.company', pages: ['**'] },
    internal: {
      type: 'text',
      label: 'Internal host',
      help: 'Where the outpost reaches the Maintainerr container, e.g. http://maintainerr:6246.',
      example: 'http://maintainerr:6246',
      pattern: '^https?://[^\\s/?#]+(/\\S*)?$',
      message: 'Enter the container address with http://, e.g. http://maintainerr:6246.',
    },
  },
  provider: { protocol: 'proxy', mode: 'proxy', externalHost: '{url}', internalHost: '{internal}' },
  screen: [
    {
      ...outpostSection,
      notes: [
        { tone: 'warning', text: 'Maintainerr has no login of its own: let only the outpost reach its port, or anyone on the network can use it.' },
      ],
    },
    ...reverseProxySections,
  ],
  manualTest: forwardAuthTest,
  /**
   * Maintainerr: values copied from https://integrations.goauthentik.io/media/maintainerr/ (section
   * "Create an application and provider": External host https://maintainerr.company, Internal host
   * http://<maintainerr_container_name>:6246, so proxy mode; "Configure proxy outpost": the embedded
   * outpost; "Maintainerr configuration": nothing to set) and https://docs.maintainerr.info/security
   * (Maintainerr has no authentication of its own). Nothing is left unauthenticated.
   */
  expected: {
    inputs: { url: 'https://maintainerr.company', internal: 'http://maintainerr:6246' },
    launchUrl: 'https://maintainerr.company',
    proxy: { mode: 'proxy', externalHost: 'https://maintainerr.company', internalHost: 'http://maintainerr:6246', openPaths: [] },
    appSide: { Outpost: 'authentik Embedded Outpost' },
  },
});
