/**
 * GLPI: values copied from https://integrations.goauthentik.io/documentation/glpi/ (sections "Create a
 * SAML application in GLPI", "Create property mappings", "Create an application and provider" and
 * "Configure the identity provider") and from the vendor: https://github.com/DonutsNL/samlsso (v1.2.7
 * source: src/Config/ConfigEntity.php getPhpSamlConfig() sp.entityId = url_base + '/',
 * ACS = PLUGIN_SAMLSSO_WEBDIR + 'front/acs/' + <config id>, WEBDIR = url_base + '/marketplace/samlsso/'
 * (or /plugins/samlsso/); src/LoginFlow/User.php reads …/claims/emailaddress (required),
 * …/claims/givenname and …/claims/surname; src/Config/ConfigItem.php form titles FRIENDLY NAME,
 * ENTITY ID, SSO URL, SLO URL, X509 CERTIFICATE), for the example inputs below. The round-trip
 * value follows the vendor's shape for a Marketplace install with configuration id 1.
 * Where they disagree: the guide sets no Audience; the plugin's SP entity ID is https://glpi.company/
 * and php-saml in strict mode checks an audience when one is sent, so the vendor's entity ID is used.
 * The guide's SSO/SLO URL is the unified endpoint of newer releases; the redirect-binding URLs every
 * supported release serves are written instead (php-saml sends the AuthnRequest by redirect).
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/glpi/',
    vendor: 'https://github.com/DonutsNL/samlsso',
    followed:
      'vendor for the audience (the plugin’s SP entity ID, url_base + "/"; the guide leaves it empty); guide, as the redirect-binding literal, for the SSO and SLO URLs, which every supported authentik release serves',
  },
  inputs: { url: 'https://glpi.company' },
  launchUrl: 'https://glpi.company',
  roundTrip: { acs: 'https://glpi.company/marketplace/samlsso/front/acs/1' },
  saml: {
    acsUrl: 'https://glpi.company/marketplace/samlsso/front/acs/1',
    audience: 'https://glpi.company/',
    binding: 'post',
    nameId: 'email',
    attributes: [
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
    ],
    signAssertion: true,
  },
  appSide: {
    'FRIENDLY NAME': 'authentik',
    'ENTITY ID': 'https://authentik.company/application/saml/glpi/metadata/',
    'SSO URL': 'https://authentik.company/application/saml/glpi/sso/binding/redirect/',
    'SLO URL': 'https://authentik.company/application/saml/glpi/slo/binding/redirect/',
  },
});
