/** Roundcube in the catalog: what the catalog page shows and searches; the definition loads only when opened. */
import { defineMeta } from '../../features/wizard/definition/meta';

export default defineMeta({
  name: 'Roundcube',
  protocol: 'oidc',
  category: 'chat-communication-collaboration',
  summary: 'Sign in to Roundcube webmail with authentik over OAuth2, with Dovecot accepting the token for IMAP and SMTP (XOAUTH2).',
  aliases: ['webmail', 'email', 'mail', 'Dovecot', 'IMAP', 'XOAUTH2'],
  popularity: 230,
  inputs: ['url'],
});
