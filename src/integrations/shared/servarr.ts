/**
 * What Sonarr, Radarr and Prowlarr (the *arr apps, one code base) share behind forward auth: the
 * outpost serves the app as a reverse proxy (proxy mode, to its container), the app trusts it with
 * `AuthenticationMethod` External in config.xml, and the API stays open: the other apps and tools
 * call it with the app's API key (X-Api-Key), never with an authentik login.
 */
import type { DefinitionData, InputSpec, OpenPathSpec } from '../../features/wizard/definition/format';
import { forwardAuthTest, outpostSection, reverseProxySections } from './forward-auth';

export const apiWhy = 'Other apps (Prowlarr, Overseerr, download clients, dashboards) call this API with the API key and cannot log in.';

interface ArrApp {
  name: string;
  port: number;
  authentikDocs: string;
  vendorDocs: string;
  openPaths: readonly OpenPathSpec[];
}

/** The definition of one *arr app; its `expected` block stays in the app's own folder. */
export function arrDefinition(app: ArrApp): Omit<DefinitionData, 'expected' | 'inputs'> & { inputs: { url: InputSpec; internal: InputSpec } } {
  const slug = app.name.toLowerCase();
  return {
    docs: { authentik: app.authentikDocs, vendor: app.vendorDocs },
    inputs: {
      url: { type: 'url', label: `${app.name} URL`, help: 'The https address users open.', example: `https://${slug}.company`, pages: ['**'] },
      internal: {
        type: 'text',
        label: 'Internal host',
        help: `Where the outpost reaches the ${app.name} container, e.g. http://${slug}:${app.port}.`,
        example: `http://${slug}:${app.port}`,
        pattern: '^https?://[^\\s/?#]+(/\\S*)?$',
        message: `Enter the container address with http://, e.g. http://${slug}:${app.port}.`,
      },
    },
    provider: { protocol: 'proxy', mode: 'proxy', externalHost: '{url}', internalHost: '{internal}', openPaths: app.openPaths },
    screen: [
      {
        title: `${app.name} config.xml`,
        location: `config.xml in ${app.name}’s AppData directory (System › Status shows it); stop ${app.name} before editing`,
        format: 'file',
        snippet: '<AuthenticationMethod>External</AuthenticationMethod>',
        fields: [{ label: 'AuthenticationMethod', value: 'External', help: 'Replace the existing entry: the file must hold only one.' }],
        notes: [
          {
            tone: 'warning',
            text: `With External, ${app.name} trusts whatever reaches it: let only the outpost reach port ${String(app.port)}, never the internet.`,
          },
        ],
      },
      outpostSection,
      ...reverseProxySections,
    ],
    manualTest: forwardAuthTest,
  };
}
