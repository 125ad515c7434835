/** Anthropic prose: the attribute mappings, help texts, notes, reasons and the manual test. */
import type { CustomSamlMappingSpec, ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const MAPPINGS: readonly CustomSamlMappingSpec[] = [
  { name: 'Anthropic: id', attribute: 'id', expression: 'return str(request.user.uuid)' },
  { name: 'Anthropic: email', attribute: 'email', expression: 'return request.user.email' },
  {
    name: 'Anthropic: firstName',
    attribute: 'firstName',
    expression: 'return request.user.name.split(" ", 1)[0] if request.user.name else request.user.username',
  },
  {
    name: 'Anthropic: lastName',
    attribute: 'lastName',
    expression: 'return request.user.name.rsplit(" ", 1)[-1] if " " in request.user.name else " "',
  },
  {
    name: 'Anthropic: groups (application entitlements)',
    attribute: 'groups',
    expression: ['for entitlement in request.user.app_entitlements(provider.application):', '    yield entitlement.name'].join('\n'),
  },
];

export const help = {
  acs: 'Claude: Organization and access › Authentication › Setup SSO (Claude Console: Identity and access). In the setup flow choose SAML, custom SAML: it shows the ACS URL. Copy it exactly.',
  acsRule: 'Paste the ACS URL the SSO setup flow shows: an https:// address without spaces.',
  entity: 'Shown next to the ACS URL in the same step. Copy it exactly.',
  entityRule: 'Paste the SP Entity ID the SSO setup flow shows, without spaces.',
  metadata: 'Paste it into the identity provider metadata field of the setup flow.',
};

export const notes = {
  prerequisites: {
    tone: 'warning',
    text: 'Verify your email domain (and any parent organization setup) in Claude or Claude Console first. Claude needs an Owner or Primary Owner, Claude Console an Admin.',
  },
  require: {
    tone: 'warning',
    text: 'Only after the SSO test succeeded and every user who needs access is assigned to this application in authentik, enable Require SSO for Claude (or for Console).',
  },
  jit: {
    tone: 'info',
    text: 'For Just-in-time provisioning with role or seat mappings, create application entitlements in authentik (e.g. Claude Owner) and map them in Anthropic: they arrive in the groups attribute.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'On the verification step of Anthropic’s SSO setup flow, run the SSO test and sign in at authentik.',
    'Later, sign out of Claude or Claude Console, choose Continue with SSO and enter an email address on the verified domain.',
  ],
  success: 'The test succeeds; signing in takes you through authentik back to Claude or Claude Console.',
  errors: [
    {
      message: 'The SSO test fails with a SAML response or signature error',
      meaning:
        'The metadata URL in the setup flow is not this provider’s, or the ACS URL / SP Entity ID in authentik differs from what the flow showed.',
      checkId: 'audience',
    },
    {
      message: 'The SSO test reports missing attributes',
      meaning: 'id, email, firstName or lastName is not sent or is mapped to the wrong field.',
      checkId: 'custom-mappings',
    },
    {
      message: 'A user with a verified-domain email cannot sign in once SSO is required',
      meaning: 'The user is not assigned to this application in authentik, or (with group mappings) has no mapped role entitlement.',
      checkId: 'application-access',
    },
  ],
};
