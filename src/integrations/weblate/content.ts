/** Weblate prose: settings snippet, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const settingsPy = `SOCIAL_AUTH_SAML_ENABLED_IDPS = {
    "weblate": {
        "entity_id": "{entity_id}",
        "url": "{sso_url}",
        "x509cert": "{cert_body}",
    },
}`;

export const help = {
  url: 'Weblate’s public address (SITE_URL), with https. You can paste any Weblate page; the wizard keeps only the base address.',
  https: 'Weblate builds its ACS URL and SP entity ID from the site address; without HTTPS it announces http:// addresses.',
  cert: 'The certificate body only, on one line: without the BEGIN and END lines.',
  idpName:
    'The identity provider must be called “weblate”: the Docker image configures it under that name, and the provider’s default relay state names it.',
};

export const notes = {
  only: { tone: 'info', text: 'Optional: with these four variables, new accounts come only from authentik and every page requires a login.' },
  nonDocker: {
    tone: 'info',
    text: 'Outside Docker, install Weblate with the saml extra, add social_core.backends.saml.SAMLAuth to AUTHENTICATION_BACKENDS, set ENABLE_HTTPS = True and give Weblate its own SP certificate and key (SOCIAL_AUTH_SAML_SP_PUBLIC_CERT, SOCIAL_AUTH_SAML_SP_PRIVATE_KEY).',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'Weblate receives SAML responses only at /accounts/complete/saml/ on its own address.',
  audience: 'Weblate’s SP entity ID is its metadata address, /accounts/metadata/saml/; a response for another audience is rejected.',
  mappings:
    'Weblate reads the user id, username and email from the OID attributes urn:oid:0.9.2342.19200300.100.1.1 and urn:oid:0.9.2342.19200300.100.1.3, and the full name from urn:oid:2.5.4.3; authentik sends none of these by default.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart the Weblate container with the new environment and log out of Weblate.',
    'On the sign-in page, choose the SAML option and sign in at authentik.',
    'Also try the Weblate tile on authentik’s application dashboard (IdP-initiated login).',
  ],
  success: 'You are signed in to Weblate with your authentik username, name and email address.',
  errors: [
    {
      message: 'A server error (500) right after authentik',
      meaning:
        'The response lacks an attribute Weblate needs, usually urn:oid:0.9.2342.19200300.100.1.1: the custom property mappings are not attached to the provider.',
      checkId: 'custom-mappings',
    },
    {
      message: 'Weblate’s log: “… is not a valid audience for this Response”',
      meaning: 'The provider’s Audience is not Weblate’s /accounts/metadata/saml/ address.',
      checkId: 'audience',
    },
    {
      message: 'Weblate’s log: “Invalid issuer in the Assertion/Response”',
      meaning: 'WEBLATE_SAML_IDP_ENTITY_ID is not authentik’s issuer.',
      checkId: 'metadata-entity-id',
    },
    {
      message: 'Weblate’s log: “Signature validation failed. SAML Response rejected”',
      meaning: 'WEBLATE_SAML_IDP_X509CERT is not the certificate authentik signs with.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'The tile on authentik’s dashboard ends on a Weblate error',
      meaning: 'The provider’s default relay state is not “weblate”, so Weblate cannot tell which identity provider answered.',
    },
  ],
};
