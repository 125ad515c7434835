/** Argo CD prose and manifests: help texts, notes, snippets, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The external address of Argo CD, exactly the url value in argocd-cm, including the root path if Argo CD runs with --rootpath. You can paste any Argo CD page.',
  group:
    'Members of the admin group chosen on the review become Argo CD admins (role:admin). The profile scope sends the user’s group names in the groups claim.',
};

export const snippets = {
  secret: 'stringData:\n  oidc.authentik.clientSecret: {client_secret}\n',
  cm: [
    'data:',
    '  url: {url}',
    '  oidc.config: |',
    '    name: authentik',
    '    issuer: {issuer}',
    '    clientID: {client_id}',
    '    clientSecret: $oidc.authentik.clientSecret',
    '    requestedScopes: ["openid", "profile", "email"]',
    '',
  ].join('\n'),
  rbac: 'data:\n  policy.csv: |\n    g, {admins}, role:admin\n  policy.default: role:readonly\n',
};

export const notes = {
  secret: {
    tone: 'info',
    text: 'Merge into the existing argocd-secret (kubectl -n argocd edit secret argocd-secret). stringData takes the plain value; under data it would have to be base64.',
  },
  cli: {
    tone: 'info',
    text: 'Argo CD reloads argocd-cm on its own. requestedScopes is set because Argo CD’s default also asks for a “groups” scope, which authentik does not have: the profile scope carries the groups.',
  },
  groups: {
    tone: 'warning',
    text: 'The group name must match the authentik group exactly, including case and spaces. Users sign in again to pick up group changes.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Argo CD sends its url from argocd-cm followed by /auth/callback; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open Argo CD and click “Log in via authentik”.',
    'Sign in at authentik as a member of the admin group.',
    'On your machine, run argocd login <Argo CD host> --sso and sign in in the browser that opens.',
  ],
  success: 'The Argo CD UI opens with your email in User Info and the admin group among your groups; the CLI prints “logged in successfully”.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'The url in argocd-cm differs from the Argo CD address, or the CLI used another --sso-port than 8085.',
      checkId: 'redirect-errors',
    },
    {
      message: 'failed to get token: oauth2: “invalid_client”',
      meaning:
        'The client secret in argocd-secret is wrong (under data it must be base64). With the CLI: it exchanges the code without the secret; if only the CLI fails, it needs a separate public client (cliClientID).',
    },
    {
      message: 'oidc: issuer did not match the issuer returned by provider',
      meaning: 'The issuer in oidc.config differs from authentik’s, typically by the trailing slash.',
      checkId: 'discovery',
    },
    {
      message: 'permission denied, in the UI after signing in',
      meaning: 'The groups claim lacks the admin group: the name in policy.csv differs, or the user is not a member.',
      checkId: 'id-token-claims',
    },
  ],
};

/** The bundled Dex setup (variant `dex`), as authentik's guide describes it. */
export const dex = {
  secret: 'stringData:\n  dex.authentik.clientSecret: {client_secret}\n',
  cm: [
    'data:',
    '  url: {url}',
    '  dex.config: |',
    '    connectors:',
    '      - type: oidc',
    '        id: authentik',
    '        name: authentik',
    '        config:',
    '          issuer: {issuer}',
    '          clientID: {client_id}',
    '          clientSecret: $dex.authentik.clientSecret',
    '          insecureEnableGroups: true',
    '          scopes:',
    '            - openid',
    '            - profile',
    '            - email',
    '',
  ].join('\n'),
  note: {
    tone: 'info',
    text: 'Argo CD restarts Dex when dex.config changes. insecureEnableGroups makes Dex pass on the groups claim that authentik’s profile scope sends.',
  } satisfies NoteSpec,
  redirect:
    'Dex runs at the url from argocd-cm followed by /api/dex and calls back to /api/dex/callback; any other string gets “Redirect URI Error”.',
  manualTest: {
    steps: [
      'Open Argo CD and click “Log in via authentik”.',
      'Sign in at authentik as a member of the admin group.',
      'On your machine, run argocd login <Argo CD host> --sso and sign in in the browser that opens.',
    ],
    success: 'The Argo CD UI opens with your email in User Info and the admin group among your groups; the CLI prints “logged in successfully”.',
    errors: [
      {
        message: 'Redirect URI Error (on an authentik page)',
        meaning: 'The url in argocd-cm differs from the Argo CD address, so Dex sends another /api/dex/callback.',
        checkId: 'redirect-errors',
      },
      {
        message: 'Failed to authenticate: oidc: failed to get token: oauth2: “invalid_client”',
        meaning: 'The client secret in argocd-secret is wrong, or dex.config names another key than $dex.authentik.clientSecret.',
      },
      {
        message: 'Failed to authenticate: oidc: issuer did not match the issuer returned by provider',
        meaning: 'The issuer in dex.config differs from authentik’s, typically by the trailing slash.',
        checkId: 'discovery',
      },
      {
        message: 'permission denied, in the UI after signing in',
        meaning: 'Dex passed no groups (insecureEnableGroups missing) or the name in policy.csv differs from the authentik group.',
        checkId: 'id-token-claims',
      },
    ],
  } satisfies ManualTest,
};
