/**
 * SonarQube: values copied from https://integrations.goauthentik.io/development/sonar-qube/ (sections
 * "Terraform provider" and "SonarQube") and SonarSource's
 * https://docs.sonarsource.com/sonarqube-server/latest/instance-administration/authentication/saml/overview/
 * (section "Settings": Application ID, Provider ID, SAML login URL, Identity provider certificate, login /
 * name / email / group attributes; ACS URL `<SonarQube Server base URL>/oauth2/callback/saml`, HTTP POST),
 * for the example inputs below.
 * Where they disagree: the guide's Terraform sets the issuer to `https://authentik.company/` and types the
 * same value into Provider ID. The vendor only needs Provider ID to equal the issuer the IdP sends; authentik
 * (and its other guides) use the metadata URL as entity ID, so the metadata URL is expected in Provider ID.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/development/sonar-qube/',
    vendor: 'https://docs.sonarsource.com/sonarqube-server/latest/instance-administration/authentication/saml/overview/',
    followed:
      'vendor for Provider ID: it must equal the issuer authentik sends, which is the metadata URL rather than the guide’s custom issuer https://authentik.company/; ACS URL, audience and attributes are the guide’s',
  },
  inputs: { url: 'https://sonarqube.company' },
  launchUrl: 'https://sonarqube.company',
  saml: {
    acsUrl: 'https://sonarqube.company/oauth2/callback/saml',
    audience: 'https://sonarqube.company/saml2/metadata',
    binding: 'post',
    attributes: [
      'http://schemas.goauthentik.io/2021/02/saml/username',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    ],
    keyType: 'any',
  },
  appSide: {
    'Application ID': 'https://sonarqube.company/saml2/metadata',
    'Provider Name': 'authentik',
    'Provider ID': 'https://authentik.company/application/saml/sonarqube/metadata/',
    'SAML login url': 'https://authentik.company/application/saml/sonarqube/sso/binding/redirect/',
    'SAML user login attribute': 'http://schemas.goauthentik.io/2021/02/saml/username',
    'SAML user name attribute': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
    'SAML user email attribute': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
  },
});
