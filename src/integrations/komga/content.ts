/** Komga prose: the application.yml block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const snippet = `spring:
  security:
    oauth2:
      client:
        registration:
          authentik:
            provider: authentik
            client-id: {client_id}
            client-secret: {client_secret}
            client-name: authentik
            scope: openid,email,profile
            authorization-grant-type: authorization_code
            redirect-uri: "{url}/login/oauth2/code/authentik"
        provider:
          authentik:
            user-name-attribute: preferred_username
            issuer-uri: {issuer}
komga:
  oauth2-account-creation: true`;

export const help = {
  url: 'The address Komga is opened at (with its servlet context path, if any). You can paste any Komga page; the wizard keeps only the address.',
  redirect:
    'The callback written out. Spring’s own placeholder form (baseUrl/action/registrationId) gives the same address when Komga knows its public URL.',
  issuer: 'The issuer, with its trailing slash: Spring reads the discovery document under it at start-up.',
  creation: 'Lets Komga create a user on the first login; without it the email address must match an existing Komga user.',
};

export const notes = {
  restart: {
    tone: 'info',
    text: 'Restart Komga to apply application.yml. The registration id authentik is part of the callback (/login/oauth2/code/authentik): keep it.',
  },
  username: {
    tone: 'warning',
    text: 'With user-name-attribute preferred_username, turn off “Allow users to change username” in authentik, or use sub instead.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect:
    'Spring Security sends Komga’s address followed by /login/oauth2/code/authentik; another address or registration id gets “Redirect URI Error”.',
  signing: 'Spring Security checks the ID token signature and accepts only RS256 unless configured otherwise, so the key must be RSA.',
  email:
    'Komga matches and creates users by email and refuses an address whose email_verified is false, which authentik’s default email mapping sends.',
};

export const manualTest: ManualTest = {
  steps: ['Restart Komga and open its login page in a private window.', 'Click the authentik button and sign in at authentik.'],
  success: 'You are in Komga as the user with your authentik email address (created on the first login when oauth2-account-creation is true).',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning:
        'Komga is opened at another address, or a proxy makes Spring build an http:// baseUrl (set server.forward-headers-strategy: framework).',
      checkId: 'redirect-errors',
    },
    {
      message: '[invalid_id_token] … Signed JWT rejected: Another algorithm expected, or no matching key(s) found',
      meaning: 'The provider signs with an EC key (or none); Spring expects RS256.',
      checkId: 'signing-key',
    },
    {
      message: 'Login fails with “Email not verified” (or the login page comes back)',
      meaning: 'authentik sent email_verified false: the verified email scope mapping is missing.',
      checkId: 'custom-mappings',
    },
  ],
};
