/** Weblate in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Weblate',
  protocol: 'saml',
  category: 'development',
  summary: 'Sign in to Weblate with authentik through SAML, with the OID attributes Weblate reads.',
  aliases: ['translation', 'localization', 'l10n', 'i18n'],
  popularity: 130,
  inputs: ['url'],
});
