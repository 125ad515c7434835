/**
 * The catalog: one line per integration. Only src/app reads this module; each definition loads on
 * demand, and the generic wizard never names an app.
 */
import type { CatalogEntry } from '../features/wizard/engine/types';

export const catalog: readonly CatalogEntry[] = [
  { id: 'cloudflare-access', name: 'Cloudflare Access', protocol: 'oidc', category: 'security', summary: 'Sign in to Cloudflare Zero Trust applications with authentik as an OpenID Connect identity provider.', load: () => import('./cloudflare-access/definition') },
  { id: 'osticket', name: 'osTicket', protocol: 'oidc', category: 'infrastructure', summary: 'Let osTicket agents and end users sign in with authentik through the osTicket OAuth2 plugin.', load: () => import('./osticket/definition') },
  { id: 'youtrack', name: 'YouTrack', protocol: 'saml', category: 'documentation', summary: 'Sign in to YouTrack (Server or Cloud) with authentik through a SAML 2.0 auth module.', load: () => import('./youtrack/definition') },
  { id: 'nextcloud', name: 'Nextcloud', protocol: 'oidc', category: 'chat-communication-collaboration', summary: 'Sign in to Nextcloud with authentik through the OpenID Connect user backend app (user_oidc).', load: () => import('./nextcloud/definition') },
  { id: 'immich', name: 'Immich', protocol: 'oidc', category: 'media', summary: 'Sign in to Immich on the web and in its mobile apps with authentik over OpenID Connect.', load: () => import('./immich/definition') },
  { id: 'grafana', name: 'Grafana', protocol: 'oidc', category: 'monitoring', summary: 'Sign in to Grafana with authentik through Generic OAuth, with roles from authentik groups.', load: () => import('./grafana/definition') },
  { id: 'home-assistant', name: 'Home Assistant', protocol: 'oidc', category: 'miscellaneous', summary: 'Sign in to Home Assistant with authentik through the hass-oidc-auth integration from HACS.', load: () => import('./home-assistant/definition') },
  { id: 'jellyfin', name: 'Jellyfin', protocol: 'oidc', category: 'media', summary: 'Sign in to the Jellyfin web client with authentik through the SSO Authentication plugin.', load: () => import('./jellyfin/definition') },
  { id: 'proxmox-ve', name: 'Proxmox VE', protocol: 'oidc', category: 'hypervisors-orchestrators', summary: 'Sign in to the Proxmox VE web UI with authentik through an OpenID Connect realm.', load: () => import('./proxmox-ve/definition') },
  { id: 'open-webui', name: 'Open WebUI', protocol: 'oidc', category: 'miscellaneous', summary: 'Sign in to Open WebUI with authentik over OpenID Connect, configured by environment variables.', load: () => import('./open-webui/definition') },
  { id: 'portainer', name: 'Portainer', protocol: 'oidc', category: 'hypervisors-orchestrators', summary: 'Sign in to Portainer with authentik through its Custom OAuth provider, with automatic user provisioning.', load: () => import('./portainer/definition') },
  { id: 'paperless-ngx', name: 'Paperless-ngx', protocol: 'oidc', category: 'documentation', summary: 'Sign in to Paperless-ngx with authentik through django-allauth’s OpenID Connect provider.', load: () => import('./paperless-ngx/definition') },
  { id: 'gitea', name: 'Gitea', protocol: 'oidc', category: 'development', summary: 'Sign in to Gitea with authentik through an OpenID Connect authentication source.', load: () => import('./gitea/definition') },
  { id: 'forgejo', name: 'Forgejo', protocol: 'oidc', category: 'development', summary: 'Let Forgejo users sign in with authentik via an OAuth2 authentication source (OpenID Connect).', load: () => import('./forgejo/definition') },
  { id: 'mealie', name: 'Mealie', protocol: 'oidc', category: 'documentation', summary: 'Sign in to Mealie with authentik over OpenID Connect, with user and admin rights from entitlements.', load: () => import('./mealie/definition') },
  { id: 'vaultwarden', name: 'Vaultwarden', protocol: 'oidc', category: 'security', summary: 'Sign in to the Vaultwarden web vault with authentik through its SSO (OpenID Connect) support.', load: () => import('./vaultwarden/definition') },
  { id: 'outline', name: 'Outline', protocol: 'oidc', category: 'documentation', summary: 'Sign in to Outline with authentik through its OIDC plugin, with verified email addresses.', load: () => import('./outline/definition') },
];
