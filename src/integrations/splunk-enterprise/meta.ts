/** Splunk Enterprise in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Splunk Enterprise',
  short: 'Splunk',
  protocol: 'saml',
  category: 'monitoring',
  summary: 'Sign in to Splunk Enterprise with authentik through SAML, with Splunk roles from application entitlements.',
  aliases: ['splunk', 'siem', 'logs', 'log analytics'],
  popularity: 60,
  inputs: ['url'],
});
