/**
 * Grafana: values copied from https://integrations.goauthentik.io/monitoring/grafana/ (sections "Create
 * an application and provider in authentik", "Grafana configuration" › Standalone/Docker, "Grafana
 * Configuration Considerations") and
 * https://grafana.com/docs/grafana/latest/setup-grafana/configure-access/configure-authentication/generic-oauth/
 * (callback = Grafana's address + /login/generic_oauth; root_url must match it), for the example inputs
 * below. Grafana's generic OAuth reads the userinfo endpoint (api_url), so any signing key works.
 * role_attribute_path is the guide's Docker-tab form (`groups[*]`); its Standalone tab writes
 * `contains(groups, …)`, which JMESPath evaluates the same on a list.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/monitoring/grafana/',
    vendor: 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-access/configure-authentication/generic-oauth/',
  },
  inputs: { url: 'https://grafana.company' },
  oidc: {
    redirectUris: [{ url: 'https://grafana.company/login/generic_oauth' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email', 'name', 'groups'],
  },
  appSide: {
    root_url: 'https://grafana.company',
    signout_redirect_url: 'https://authentik.company/application/o/grafana/end-session/',
    scopes: 'openid email profile',
    auth_url: 'https://authentik.company/application/o/authorize/',
    token_url: 'https://authentik.company/application/o/token/',
    api_url: 'https://authentik.company/application/o/userinfo/',
    role_attribute_path: "contains(groups[*], 'Grafana Admins') && 'Admin' || contains(groups[*], 'Grafana Editors') && 'Editor' || 'Viewer'",
  },
});
