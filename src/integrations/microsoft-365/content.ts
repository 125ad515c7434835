/** Microsoft 365 prose, mappings and PowerShell: help texts, notes, reasons and the manual test. */
import type { CustomSamlMappingSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  domain: 'The custom domain to federate, already added and verified in Entra ID. Only users of this domain sign in through authentik.',
  domainRule: 'Enter one verified custom domain such as company.com: the onmicrosoft.com domain cannot be federated.',
};

// Cloud-only users: ImmutableID is the email (the script writes the UPN into OnPremisesImmutableId).
// Users synced from AD need the base64 objectGUID instead (a user attribute in authentik).
export const mappings: CustomSamlMappingSpec[] = [
  { name: 'Microsoft Entra Immutable ID', attribute: 'ImmutableID', expression: 'return user.email' },
  { name: 'Microsoft Entra IDPEmail', attribute: 'IDPEmail', expression: 'return user.attributes.get("upn", user.email)' },
  {
    name: 'Microsoft Entra AuthnContextClassRef',
    attribute: 'AuthnContextClassRef',
    expression: 'return "http://schemas.microsoft.com/claims/multipleauthn"',
  },
];

export const snippet = `Install-Module Microsoft.Graph -Scope CurrentUser
Connect-MgGraph -Scopes "Domain.ReadWrite.All","Directory.AccessAsUser.All"
New-MgDomainFederationConfiguration -DomainId "{domain}" -DisplayName "{domain}" \`
  -PassiveSignInUri "{saml_url}" -ActiveSignInUri "{saml_url}" -SignOutUri "{saml_logout_url}" \`
  -IssuerUri "{entity_id}" -MetadataExchangeUri "{metadata_url}" \`
  -SigningCertificate "{cert_body}" -PreferredAuthenticationProtocol "saml" \`
  -FederatedIdpMfaBehavior "acceptIfMfaDoneByFederatedIdp"
`;

export const notes = {
  immutable: {
    tone: 'warning',
    text: 'Each user’s OnPremisesImmutableId must equal what authentik sends as NameID. For cloud-only users, first set it to their UPN (Update-MgUser -OnPremisesImmutableId, as in authentik’s guide); users synced from AD keep their objectGUID, and the Immutable ID mapping must return that.',
  },
  recovery: {
    tone: 'warning',
    text: 'Keep a Global Administrator on the onmicrosoft.com domain: it is never federated and stays your way back in. Federation can take up to two hours to apply.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  entityId: 'Entra refuses a token whose issuer is not the IssuerUri of the domain (AADSTS50107).',
};

export const manualTest: ManualTest = {
  steps: [
    'Sign out of Microsoft, open https://m365.cloud.microsoft/ in a private window and click Sign in.',
    'Enter the address of a user on the federated domain: the browser goes to authentik.',
    'Sign in at authentik.',
  ],
  success: 'Microsoft 365 opens for that user; Entra’s sign-in logs show a federated sign-in.',
  errors: [
    {
      message: 'AADSTS50107: The requested federation realm object … does not exist',
      meaning: 'The issuer authentik sends differs from IssuerUri.',
      checkId: 'metadata-entity-id',
    },
    {
      message: 'AADSTS50008 (SAML token is invalid, signature validation failed)',
      meaning: 'SigningCertificate is not authentik’s current certificate, or the assertion is not signed.',
      checkId: 'metadata-certificate',
    },
    { message: 'A “user account does not exist” error (AADSTS51004 family)', meaning: 'The NameID matches no user’s OnPremisesImmutableId.' },
    {
      message: 'Repeated MFA prompts at Microsoft',
      meaning: 'Security defaults are on, or Conditional Access does not trust the MFA claim from authentik.',
    },
  ],
};
