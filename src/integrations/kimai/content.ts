/** Kimai prose: the local.yaml block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const snippet = `kimai:
    saml:
        provider: authentik
        activate: true
        title: Log in with authentik
        mapping:
            - { saml: $http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress, kimai: email }
            - { saml: $http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name, kimai: alias }
        roles:
            resetOnLogin: true
            attribute: http://schemas.xmlsoap.org/claims/Group
            mapping:
                # ROLE_USER is added automatically; put your authentik admin group here
                - { saml: admin.group, kimai: ROLE_ADMIN }
        connection:
            idp:
                entityId: "{entity_id}"
                singleSignOnService:
                    url: "{sso_url}"
                    binding: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                singleLogoutService:
                    url: "{slo_url}"
                    binding: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                x509cert: "{cert_body}"
            sp:
                entityId: "{url}/"
                assertionConsumerService:
                    url: "{url}/auth/saml/acs"
                    binding: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
                singleLogoutService:
                    url: "{url}/auth/saml/logout"
                    binding: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
            baseurl: "{url}/auth/saml/"
            strict: false
            debug: true
            security:
                authnRequestsSigned: false
                wantMessagesSigned: false
                wantAssertionsSigned: false
                requestedAuthnContext: true
                wantXMLValidation: true
                signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
                digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256"`;

export const help = {
  url: 'Kimai’s public address, with a sub-path if it has one. You can paste any Kimai page; the wizard keeps only the base address.',
  cert: 'The signing certificate as one line, without the BEGIN and END lines (Kimai also accepts the whole PEM as a YAML block).',
  roles: 'Replace admin.group by the authentik group whose members become Kimai administrators.',
  baseurl: 'Only needed when Kimai cannot detect its own address behind a proxy.',
};

export const notes = {
  cache: {
    tone: 'info',
    text: 'After editing config/packages/local.yaml (usually /opt/kimai/config/packages/local.yaml) rebuild the cache (bin/console kimai:reload) or restart the container.',
  },
  slo: {
    tone: 'info',
    text: 'Single logout is optional and not set up by the wizard: it needs the provider’s SLS URL {url}/auth/saml/logout (Redirect, Front-channel Iframe) and changes to Kimai’s firewall logout path and always_remember_me, as the authentik guide describes.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'Kimai receives SAML responses only at /auth/saml/acs.',
  audience: 'Kimai’s SP entity ID is its base address with a trailing slash, as in sp.entityId; a response for another audience is rejected.',
  signing: 'Kimai’s SAML library (onelogin/php-saml with xmlseclibs) verifies RSA signatures only.',
  nameId: 'Kimai names the user after the NameID. authentik’s default (a hashed id) makes the second login fail with a duplicate email address.',
};

export const manualTest: ManualTest = {
  steps: [
    'Rebuild the Kimai cache, open Kimai in a private window and log out.',
    'Click “Log in with authentik” and sign in at authentik.',
    'Check that a member of admin.group has the administrator role.',
  ],
  success: 'You are back in Kimai, signed in as the user with your authentik email address; the role follows your groups.',
  errors: [
    {
      message: 'Failed creating or hydrating user "5cdbd7e4…" / Duplicate entry \'test@example.com\'',
      meaning: 'The NameID is authentik’s hashed id instead of the email address: the NameID mapping is missing.',
      checkId: 'username-changes',
    },
    {
      message: 'Kimai log: Invalid issuer in the Assertion/Response',
      meaning: 'idp.entityId differs from authentik’s issuer.',
      checkId: 'metadata-entity-id',
    },
    {
      message: 'Kimai log: Signature validation failed. SAML Response rejected',
      meaning: 'x509cert is not the certificate authentik signs with, or the provider signs with an EC key.',
      checkId: 'metadata-certificate',
    },
    { message: 'There is no “Log in with authentik” button', meaning: 'kimai.saml.activate is not true, or the cache was not rebuilt.' },
  ],
};
