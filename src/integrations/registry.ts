/**
 * The catalog: one line per integration. Only src/app reads this module; each definition loads on
 * demand, and the generic wizard never names an app.
 */
import type { CatalogEntry } from '../features/wizard/engine/types';

export const catalog: readonly CatalogEntry[] = [
  { id: 'cloudflare-access', name: 'Cloudflare Access', protocol: 'oidc', category: 'security', summary: 'Sign in to Cloudflare Zero Trust applications with authentik as an OpenID Connect identity provider.', load: () => import('./cloudflare-access/definition') },
  { id: 'osticket', name: 'osTicket', protocol: 'oidc', category: 'infrastructure', summary: 'Let osTicket agents and end users sign in with authentik through the osTicket OAuth2 plugin.', load: () => import('./osticket/definition') },
  { id: 'youtrack', name: 'YouTrack', protocol: 'saml', category: 'documentation', summary: 'Sign in to YouTrack (Server or Cloud) with authentik through a SAML 2.0 auth module.', load: () => import('./youtrack/definition') },
  { id: 'audiobookshelf', name: 'Audiobookshelf', protocol: 'oidc', category: 'media', summary: 'Let Audiobookshelf users sign in with authentik through its built-in OpenID Connect login, on the web and in the mobile apps.', load: () => import('./audiobookshelf/definition') },
  { id: 'argocd', name: 'Argo CD', protocol: 'oidc', category: 'infrastructure', summary: 'Sign in to Argo CD and its CLI with authentik through the direct OpenID Connect client, with an authentik group as admins.', load: () => import('./argocd/definition') },
  { id: 'hashicorp-vault', name: 'HashiCorp Vault', protocol: 'oidc', category: 'security', summary: 'Sign in to the Vault UI and the vault CLI with authentik through the OIDC auth method, with a role that grants a policy.', load: () => import('./hashicorp-vault/definition') },
  { id: 'synology-dsm', name: 'Synology DSM', protocol: 'oidc', category: 'infrastructure', summary: 'Sign in to Synology DSM with authentik through its SSO Client (OpenID Connect, RS256).', load: () => import('./synology-dsm/definition') },
  { id: 'tailscale', name: 'Tailscale', protocol: 'oidc', category: 'networking', summary: 'Sign up and sign in to a Tailscale tailnet with authentik as a custom OIDC provider, found through WebFinger on your domain.', load: () => import('./tailscale/definition') },
  { id: 'gitlab', name: 'GitLab (OpenID Connect)', protocol: 'oidc', category: 'development', summary: 'Sign in to self-managed GitLab with authentik through the OmniAuth OpenID Connect provider in gitlab.rb.', load: () => import('./gitlab/definition') },
  { id: 'gitlab-saml', name: 'GitLab (SAML)', protocol: 'saml', category: 'development', summary: 'Sign in to self-managed GitLab with authentik through the OmniAuth SAML provider in gitlab.rb, trusted by certificate fingerprint.', load: () => import('./gitlab-saml/definition') },
  { id: 'google-workspace', name: 'Google Workspace', protocol: 'saml', category: 'cloud-providers', summary: 'Sign in to Google Workspace with authentik as the third-party SAML identity provider of the legacy SSO profile.', load: () => import('./google-workspace/definition') },
  { id: 'atlassian', name: 'Atlassian Cloud', protocol: 'saml', category: 'platforms', summary: 'Sign in to Jira, Confluence and the other Atlassian Cloud products with authentik as a SAML identity provider (Atlassian Guard).', load: () => import('./atlassian/definition') },
  { id: 'aws', name: 'AWS IAM Identity Center', protocol: 'saml', category: 'cloud-providers', summary: 'Sign in to the AWS access portal and accounts with authentik as the external SAML identity provider of IAM Identity Center.', load: () => import('./aws/definition') },
  { id: 'slack', name: 'Slack', protocol: 'saml', category: 'chat-communication-collaboration', summary: 'Sign in to a Slack workspace with authentik through custom SAML single sign-on, with the User.Email attribute Slack reads.', load: () => import('./slack/definition') },
  { id: 'microsoft-365', name: 'Microsoft 365', protocol: 'saml', category: 'platforms', summary: 'Federate a custom Entra ID domain with authentik over SAML so Microsoft 365 users of that domain sign in through authentik.', load: () => import('./microsoft-365/definition') },
];
