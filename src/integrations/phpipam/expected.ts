/**
 * phpIPAM: values copied from https://integrations.goauthentik.io/infrastructure/phpipam/ (sections
 * "Create property mappings", "Create an application and provider" and "phpIPAM configuration") and
 * from the vendor: https://github.com/phpipam/phpipam/blob/master/doc/Authentication/SAML2.md ("SAML2
 * Connection Settings", "Automatic user (JIT) provisioning": display_name and email mandatory) with
 * app/saml2/index.php (ACS = create_link('saml2'), which is index.php?page=saml2 without Prettify
 * links; the username is the NameID), for the example inputs below.
 * Where they disagree: the guide gives IDP Login url and IDP Logout url as the unified endpoint
 * …/application/saml/<slug>/, which only newer authentik releases serve; the redirect-binding SSO
 * and SLO endpoints (served by every supported release) are followed, as for YouTrack. The guide's
 * optional is_admin/groups/modules mappings name site-specific groups and are not expected.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/phpipam/',
    vendor: 'https://github.com/phpipam/phpipam/blob/master/doc/Authentication/SAML2.md',
    followed: 'redirect-binding SSO/SLO endpoints instead of the guide’s unified …/application/saml/<slug>/ URL, which older supported authentik releases do not serve',
  },
  inputs: { url: 'https://phpipam.company' },
  launchUrl: 'https://phpipam.company',
  saml: {
    acsUrl: 'https://phpipam.company/index.php?page=saml2',
    audience: 'https://phpipam.company/',
    binding: 'post',
    nameId: 'username',
    attributes: ['display_name', 'email'],
  },
  appSide: {
    Description: 'authentik',
    'Client ID': 'https://phpipam.company/',
    'IDP Issuer': 'https://authentik.company/application/saml/phpipam/metadata/',
    'IDP Login url': 'https://authentik.company/application/saml/phpipam/sso/binding/redirect/',
    'IDP Logout url': 'https://authentik.company/application/saml/phpipam/slo/binding/redirect/',
  },
});
