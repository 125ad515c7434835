/**
 * Grafana signs users in through its Generic OAuth client, configured in grafana.ini (or the
 * matching GF_ environment variables). It calls back to <root_url>/login/generic_oauth, reads the
 * user from authentik's userinfo endpoint and maps authentik groups to Grafana roles.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, ROLES, snippet } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/monitoring/grafana/',
    vendor: 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-access/configure-authentication/generic-oauth/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Grafana URL',
      help: help.url,
      example: 'https://grafana.company',
      pages: ['login', 'd', 'dashboard', 'dashboards', 'explore', 'alerting', 'admin', 'connections', 'profile', 'org', 'a', 'public-dashboards'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/login/generic_oauth'], signingKey: 'any' },
  // The guide's two groups ("Grafana Admins", "Grafana Editors", section "Grafana configuration"),
  // read by role_attribute_path, a JMESPath expression over the userinfo answer (vendor docs, "Configure role mapping").
  roleGroups: {
    admins: { name: 'Grafana Admins', role: 'Admin', quote: 'jmespath' },
    editors: { name: 'Grafana Editors', role: 'Editor', quote: 'jmespath' },
  },
  screen: [
    {
      title: 'grafana.ini',
      location: 'grafana.ini (then restart Grafana)',
      format: 'file',
      snippet,
      fields: [
        { label: 'root_url', value: '{url}', help: help.rootUrl },
        { label: 'signout_redirect_url', value: '{end_session_url}' },
        { label: 'client_id', value: '{client_id}' },
        { label: 'client_secret', value: '{client_secret}', secret: true },
        { label: 'scopes', value: 'openid email profile' },
        { label: 'auth_url', value: '{authorize_url}' },
        { label: 'token_url', value: '{token_url}' },
        { label: 'api_url', value: '{userinfo_url}' },
        { label: 'role_attribute_path', value: ROLES, help: help.roles },
      ],
      notes: [notes.env, notes.org],
    },
  ],
  checks: {
    'application-access': { why: 'A user authentik’s policies refuse sees an authentik error page instead of Grafana.' },
    'redirect-uri': {
      title: 'The redirect URI is Grafana’s generic_oauth callback',
      why: 'Grafana sends root_url followed by /login/generic_oauth, without a trailing slash; any other string gets “Redirect URI Error”.',
    },
    'email-claim': { source: 'userinfo', why: 'Grafana matches and creates users by the email address from the api_url (userinfo) answer.' },
    discovery: { why: 'The auth, token and API URLs in grafana.ini must be the ones authentik announces.' },
    'redirect-errors': {
      why: 'When a login hits “Redirect URI Error”, authentik records the callback Grafana really sent, e.g. a localhost root_url.',
    },
  },
  manualTest,
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
  expected: {
    inputs: { url: 'https://grafana.company' },
    oidc: {
      redirectUris: ['https://grafana.company/login/generic_oauth'],
      scopes: ['openid', 'email', 'profile'],
      signing: 'any',
      claims: ['email', 'name', 'groups'],
    },
    roleGroups: { admins: 'Grafana Admins', editors: 'Grafana Editors' },
    appSide: {
      root_url: 'https://grafana.company',
      signout_redirect_url: 'https://authentik.company/application/o/grafana/end-session/',
      scopes: 'openid email profile',
      auth_url: 'https://authentik.company/application/o/authorize/',
      token_url: 'https://authentik.company/application/o/token/',
      api_url: 'https://authentik.company/application/o/userinfo/',
      role_attribute_path: "contains(groups[*], 'Grafana Admins') && 'Admin' || contains(groups[*], 'Grafana Editors') && 'Editor' || 'Viewer'",
    },
  },
});
