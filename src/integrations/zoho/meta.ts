/** Zoho in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Zoho',
  protocol: 'saml',
  category: 'platforms',
  summary: 'Sign in to Zoho (Zoho One, CRM, Mail, Workplace) with authentik through SAML authentication in Zoho Accounts.',
  aliases: ['zoho one', 'zoho crm', 'zoho mail', 'crm', 'office suite'],
  popularity: 160,
  inputs: ['dc'],
});
