/**
 * The reverse-proxy side every forward-auth app shares: the outpost, then one block per server
 * (nginx, Traefik labels, Traefik file provider, Caddy). The snippets are the proxy module's values
 * (`{nginx_snippet}` …), built from what authentik reports for the pair.
 */
import type { ManualTest, SectionSpec } from '../../features/wizard/definition/format';

export const outpostSection: SectionSpec = {
  title: 'authentik outpost',
  location: 'Applications › Outposts in authentik (the wizard adds the provider for you)',
  fields: [
    { label: 'Outpost', value: '{outpost_name}' },
    {
      label: 'Outpost address for the reverse proxy',
      value: '{outpost_url}',
      help: 'The embedded outpost answers on authentik’s own address under /outpost.goauthentik.io/.',
    },
    { label: 'Mode', value: '{mode}' },
    { label: 'Unauthenticated paths', value: '{open_paths}' },
    { label: 'Headers the app can read', value: '{headers}' },
  ],
};

export const reverseProxySections: readonly SectionSpec[] = [
  {
    title: 'nginx',
    location: 'the server block of the app’s host',
    format: 'file',
    snippet: '{nginx_snippet}',
    fields: [{ label: 'Forward-auth endpoint', value: '{outpost_url}auth/nginx' }],
  },
  {
    title: 'Traefik (Docker labels)',
    location: 'labels of the app’s container',
    format: 'file',
    snippet: '{traefik_labels}',
    fields: [{ label: 'Forward-auth address', value: '{outpost_url}auth/traefik' }],
  },
  {
    title: 'Traefik (file provider)',
    location: 'a dynamic configuration file, e.g. /etc/traefik/dynamic/authentik.yml',
    format: 'file',
    snippet: '{traefik_file}',
    fields: [{ label: 'Forward-auth address', value: '{outpost_url}auth/traefik' }],
  },
  {
    title: 'Caddy',
    location: 'Caddyfile',
    format: 'file',
    snippet: '{caddy_snippet}',
    fields: [{ label: 'Forward-auth URI', value: '/outpost.goauthentik.io/auth/caddy' }],
  },
];

export const forwardAuthTest: ManualTest = {
  steps: ['Open the app’s address in a private window.', 'You are sent to authentik: sign in.', 'If it fails, come back here and click Check again.'],
  success: 'You are back in the app, signed in as your authentik user.',
  errors: [
    {
      message: 'no app for hostname (JSON from the outpost)',
      meaning: 'No outpost serves this provider, or the provider has no application.',
      checkId: 'outpost',
    },
    {
      message: '404 on /outpost.goauthentik.io/…',
      meaning: 'The reverse proxy does not pass /outpost.goauthentik.io/ to the outpost: add that block from the snippet.',
    },
    {
      message: 'A redirect loop between the app and authentik',
      meaning: 'The outpost sends browsers to the wrong authentik address, or the external host is not the address you opened.',
      checkId: 'outpost-host',
    },
    {
      message: 'Permission denied (on an authentik page)',
      meaning: 'authentik’s policies do not allow this user to open the application.',
      checkId: 'application-access',
    },
  ],
};
