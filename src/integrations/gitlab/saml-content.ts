/** GitLab (SAML) prose and gitlab.rb: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'GitLab’s external_url from gitlab.rb. You can paste a GitLab page such as /users/sign_in; the wizard keeps only the base address.',
  fingerprint:
    'SHA-256 of authentik’s signing certificate. GitLab versions that do not detect the fingerprint’s length assume SHA-1, so the snippet names the algorithm. Update it whenever the certificate changes.',
};

export const snippet = `gitlab_rails['omniauth_enabled'] = true
gitlab_rails['omniauth_allow_single_sign_on'] = ['saml']
gitlab_rails['omniauth_sync_email_from_provider'] = 'saml'
gitlab_rails['omniauth_sync_profile_from_provider'] = ['saml']
gitlab_rails['omniauth_sync_profile_attributes'] = ['email']
gitlab_rails['omniauth_block_auto_created_users'] = false
gitlab_rails['omniauth_auto_link_saml_user'] = true
gitlab_rails['omniauth_providers'] = [
  {
    name: 'saml',
    label: 'authentik',
    args: {
      assertion_consumer_service_url: '{acs_url}',
      idp_cert_fingerprint: '{cert_sha256}',
      idp_cert_fingerprint_algorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
      idp_sso_target_url: '{sso_url}',
      issuer: '{audience}',
      name_identifier_format: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      attribute_statements: {
        email: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'],
        name: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'],
        nickname: ['http://schemas.goauthentik.io/2021/02/saml/username']
      }
    }
  }
]
`;

export const notes = {
  reconfigure: {
    tone: 'info',
    text: 'Then run gitlab-ctl reconfigure (or restart the container). The authentik button appears on the sign-in page.',
  },
  breakGlass: {
    tone: 'warning',
    text: 'If you also set omniauth_auto_sign_in_with_provider, keep {launch_url}/users/sign_in?auto_sign_in=false for the local login.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  entityId:
    'The SSO URL in gitlab.rb and the Issuer of every response belong to this provider; another entity ID in the metadata means another provider answers.',
  certificate: 'GitLab checks each signature against idp_cert_fingerprint; a different certificate fails every login with “Fingerprint mismatch”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open GitLab’s sign-in page in a private window and click the authentik button.',
    'Sign in at authentik.',
    'In GitLab, open your profile › Account and look for the SAML identity.',
  ],
  success: 'You are signed in to GitLab; a new user is created unblocked, or an existing one with the same email address is linked.',
  errors: [
    {
      message: 'Could not authenticate you from SAML because “Fingerprint mismatch”',
      meaning: 'idp_cert_fingerprint is not the fingerprint of authentik’s signing certificate, or an old GitLab lacks the SHA-256 algorithm line.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'Could not authenticate you from SAML because “Invalid ticket”',
      meaning: 'The response did not arrive as a form post, or its audience is not GitLab’s issuer.',
      checkId: 'sp-binding',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the GitLab application.',
      checkId: 'application-access',
    },
  ],
};
