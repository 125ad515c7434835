/**
 * Uptime Kuma has a single local user and no SSO: authentik's outpost serves it as a reverse proxy
 * (proxy mode, to its container), and leaves the public status pages, badges and push URLs open.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { forwardAuthTest, outpostSection, reverseProxySections } from '../shared/forward-auth';

const why = {
  status: 'Public status pages are meant for visitors without an account.',
  push: 'Monitored services report with push URLs and cannot log in.',
  badge: 'Badges are embedded in other sites, which send no login.',
};

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/monitoring/uptime-kuma/', vendor: 'https://github.com/louislam/uptime-kuma/wiki' },
  inputs: {
    url: { type: 'url', label: 'Uptime Kuma URL', help: 'The https address users open.', example: 'https://uptime-kuma.company', pages: ['**'] },
    internal: {
      type: 'text',
      label: 'Internal host',
      help: 'Where the outpost reaches the Uptime Kuma container, e.g. http://uptime-kuma:3001.',
      example: 'http://uptime-kuma:3001',
      pattern: '^https?://[^\\s/?#]+(/\\S*)?$',
      message: 'Enter the container address with http://, e.g. http://uptime-kuma:3001.',
    },
  },
  launchUrl: '{url}/dashboard',
  provider: {
    protocol: 'proxy',
    mode: 'proxy',
    externalHost: '{url}',
    internalHost: '{internal}',
    openPaths: [
      { pattern: '^/status/.*', why: why.status },
      { pattern: '^/assets/.*', why: why.status },
      { pattern: '^/api/push/.*', why: why.push },
      { pattern: '^/api/badge/.*', why: why.badge },
      { pattern: '^/api/status-page/heartbeat/.*', why: why.status },
      { pattern: '^/icon.svg', why: why.status },
      { pattern: '^/upload/.*', why: why.status },
    ],
  },
  screen: [
    {
      title: 'Uptime Kuma settings',
      location: 'Settings › Advanced',
      fields: [
        {
          label: 'Disable Auth',
          value: 'on',
          choice: true,
          help: 'authentik checks every visitor now; Uptime Kuma’s own login would ask a second time.',
        },
      ],
    },
    outpostSection,
    ...reverseProxySections,
  ],
  manualTest: forwardAuthTest,
  /**
   * Uptime Kuma: values copied from https://integrations.goauthentik.io/monitoring/uptime-kuma/
   * (section "Create an application and provider in authentik": External host
   * https://uptime-kuma.company, Internal host http://uptime-kuma:3001, the seven Unauthenticated
   * Paths; "Uptime Kuma configuration": Settings › Advanced › Disable Auth, launch URL
   * https://uptime-kuma.company/dashboard). The guide sets an internal host: proxy mode.
   */
  expected: {
    inputs: { url: 'https://uptime-kuma.company', internal: 'http://uptime-kuma:3001' },
    launchUrl: 'https://uptime-kuma.company/dashboard',
    proxy: {
      mode: 'proxy',
      externalHost: 'https://uptime-kuma.company',
      internalHost: 'http://uptime-kuma:3001',
      openPaths: ['^/status/.*', '^/assets/.*', '^/api/push/.*', '^/api/badge/.*', '^/api/status-page/heartbeat/.*', '^/icon.svg', '^/upload/.*'],
    },
    appSide: { 'Disable Auth': 'on' },
  },
});
