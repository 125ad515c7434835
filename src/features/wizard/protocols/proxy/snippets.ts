/**
 * The reverse-proxy side of forward auth: nginx, Traefik (Docker labels and file provider) and Caddy
 * snippets for one proxy provider. The shapes follow authentik's own documentation (facts only,
 * written anew): website/docs/add-secure-apps/providers/proxy/_nginx_standalone.mdx (auth_request
 * to /outpost.goauthentik.io/auth/nginx, a 401 sends the browser to /outpost.goauthentik.io/start,
 * the /outpost.goauthentik.io location passes to the outpost with the X-Original-URL header),
 * _traefik_compose.mdx and _traefik_standalone.md (forwardAuth to …/auth/traefik with
 * trustForwardHeader and the authResponseHeaders, a router for the /outpost.goauthentik.io/ prefix),
 * and _caddy_standalone.mdx (forward_auth with uri /outpost.goauthentik.io/auth/caddy and
 * copy_headers, in a route block after reverse_proxy of /outpost.goauthentik.io/*).
 *
 * Every value is written through `quote()` for its format, and host names are checked before they
 * are written, so nothing typed or read from authentik adds a line or a directive.
 */
import type { ProxyMode } from '../../definition/format';

/** The headers the outpost sets for the app (authentik docs, proxy provider › "Headers"). */
export const AUTHENTIK_HEADERS = [
  'X-authentik-username',
  'X-authentik-groups',
  'X-authentik-entitlements',
  'X-authentik-email',
  'X-authentik-name',
  'X-authentik-uid',
  'X-authentik-jwt',
  'X-authentik-meta-jwks',
  'X-authentik-meta-outpost',
  'X-authentik-meta-provider',
  'X-authentik-meta-app',
  'X-authentik-meta-version',
] as const;

export interface SnippetInput {
  mode: ProxyMode;
  /** The app's public address, e.g. https://sonarr.company. */
  externalHost: string;
  /** Where the reverse proxy reaches the outpost: authentik's own address for the embedded outpost. */
  outpostUrl: string;
  /** authentik's public address (domain mode sends the browser there to sign in). */
  authentikUrl: string;
  /** Where the reverse proxy reaches the app ('' when unknown: a placeholder is written). */
  upstream: string;
  /** A short, safe name for routers and middlewares (the application slug). */
  name: string;
}

export interface Snippets {
  nginx: string;
  traefikLabels: string;
  traefikFile: string;
  caddy: string;
}

const UPSTREAM_PLACEHOLDER = 'http://app.internal:8080';

/** Only characters a host, URL or identifier may hold; anything else is dropped. */
function safe(value: string, allowed: RegExp): string {
  return [...value].filter((char) => allowed.test(char)).join('');
}

const URL_CHARS = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

function safeUrl(value: string): string {
  return safe(value.trim(), URL_CHARS).replace(/[;'"`{}]/g, '');
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'app.company';
  }
}

function trim(url: string): string {
  return url.replace(/\/+$/, '');
}

export function reverseProxySnippets(input: SnippetInput): Snippets {
  const name = safe(input.name, /[a-z0-9-]/) || 'app';
  const host = safe(hostOf(input.externalHost), /[A-Za-z0-9.\-:]/);
  const outpost = trim(safeUrl(input.outpostUrl));
  const authentik = trim(safeUrl(input.authentikUrl));
  const upstream = safeUrl(input.upstream) || UPSTREAM_PLACEHOLDER;
  return input.mode === 'proxy'
    ? proxyModeSnippets(name, host, outpost)
    : forwardSnippets(name, host, outpost, authentik, upstream, input.mode === 'forward_domain');
}

function forwardSnippets(name: string, host: string, outpost: string, authentik: string, upstream: string, domain: boolean): Snippets {
  const headerVars = AUTHENTIK_HEADERS.slice(0, 6).map((header) => header.toLowerCase().replace(/-/g, '_'));
  const signin = domain
    ? `${authentik}/outpost.goauthentik.io/start?rd=$scheme://$http_host$request_uri`
    : '/outpost.goauthentik.io/start?rd=$scheme://$http_host$request_uri';
  const nginx = [
    'server {',
    `    server_name ${host};`,
    '    # listen 443 ssl; with your certificate, as for any site',
    '    proxy_buffers 8 16k;',
    '    proxy_buffer_size 32k;',
    '',
    '    location / {',
    `        proxy_pass ${upstream};`,
    '        proxy_set_header Host $host;',
    '        auth_request /outpost.goauthentik.io/auth/nginx;',
    '        error_page 401 = @goauthentik_proxy_signin;',
    '        auth_request_set $auth_cookie $upstream_http_set_cookie;',
    '        add_header Set-Cookie $auth_cookie;',
    ...headerVars.map((variable) => `        auth_request_set $${variable.replace('x_', '')} $upstream_http_${variable};`),
    ...AUTHENTIK_HEADERS.slice(0, 6).map((header, index) => `        proxy_set_header ${header} $${headerVars[index]!.replace('x_', '')};`),
    '    }',
    '',
    '    # the outpost’s own paths must be reachable without a login',
    '    location /outpost.goauthentik.io {',
    `        proxy_pass ${outpost}/outpost.goauthentik.io;`,
    `        proxy_set_header Host $host;`,
    '        proxy_set_header X-Original-URL $scheme://$http_host$request_uri;',
    '        add_header Set-Cookie $auth_cookie;',
    '        auth_request_set $auth_cookie $upstream_http_set_cookie;',
    '        proxy_pass_request_body off;',
    '        proxy_set_header Content-Length "";',
    '    }',
    '',
    '    location @goauthentik_proxy_signin {',
    '        internal;',
    '        add_header Set-Cookie $auth_cookie;',
    `        return 302 ${signin};`,
    '    }',
    '}',
  ].join('\n');
  const headers = AUTHENTIK_HEADERS.join(',');
  const traefikLabels = [
    'labels:',
    `  traefik.http.routers.${name}.rule: "Host(\`${host}\`)"`,
    `  traefik.http.routers.${name}.middlewares: "authentik-${name}@docker"`,
    `  traefik.http.middlewares.authentik-${name}.forwardauth.address: "${outpost}/outpost.goauthentik.io/auth/traefik"`,
    `  traefik.http.middlewares.authentik-${name}.forwardauth.trustForwardHeader: "true"`,
    `  traefik.http.middlewares.authentik-${name}.forwardauth.authResponseHeaders: "${headers}"`,
    `  # and a router that sends the outpost’s paths to it, on the container that runs the outpost:`,
    `  # traefik.http.routers.${name}-outpost.rule: "Host(\`${host}\`) && PathPrefix(\`/outpost.goauthentik.io/\`)"`,
  ].join('\n');
  const traefikFile = [
    'http:',
    '  middlewares:',
    `    authentik-${name}:`,
    '      forwardAuth:',
    `        address: "${outpost}/outpost.goauthentik.io/auth/traefik"`,
    '        trustForwardHeader: true',
    '        authResponseHeaders:',
    ...AUTHENTIK_HEADERS.map((header) => `          - ${header}`),
    '  routers:',
    `    ${name}:`,
    `      rule: "Host(\`${host}\`)"`,
    `      middlewares: [authentik-${name}]`,
    '      priority: 10',
    `      service: ${name}`,
    `    ${name}-outpost:`,
    `      rule: "Host(\`${host}\`) && PathPrefix(\`/outpost.goauthentik.io/\`)"`,
    '      priority: 15',
    `      service: ${name}-outpost`,
    '  services:',
    `    ${name}:`,
    '      loadBalancer:',
    `        servers: [{ url: "${upstream}" }]`,
    `    ${name}-outpost:`,
    '      loadBalancer:',
    `        servers: [{ url: "${outpost}/outpost.goauthentik.io" }]`,
  ].join('\n');
  const caddy = [
    `${host} {`,
    '    route {',
    `        reverse_proxy /outpost.goauthentik.io/* ${outpost}`,
    `        forward_auth ${outpost} {`,
    '            uri /outpost.goauthentik.io/auth/caddy',
    `            copy_headers ${AUTHENTIK_HEADERS.map((header) => header.replace(/(^|-)([a-z])/g, (_, dash: string, char: string) => dash + char.toUpperCase())).join(' ')}`,
    '            trusted_proxies private_ranges',
    '        }',
    `        reverse_proxy ${upstream}`,
    '    }',
    '}',
  ].join('\n');
  return { nginx, traefikLabels, traefikFile, caddy };
}

/** Proxy mode: the outpost is the reverse proxy; the server in front only passes the host to it. */
function proxyModeSnippets(name: string, host: string, outpost: string): Snippets {
  const nginx = [
    'server {',
    `    server_name ${host};`,
    '    location / {',
    `        proxy_pass ${outpost};`,
    '        proxy_set_header Host $host;',
    '        proxy_set_header X-Forwarded-Proto $scheme;',
    '        proxy_set_header Upgrade $http_upgrade;',
    '        proxy_set_header Connection "upgrade";',
    '    }',
    '}',
  ].join('\n');
  const traefikLabels = [
    'labels:',
    `  traefik.http.routers.${name}.rule: "Host(\`${host}\`)"`,
    `  traefik.http.routers.${name}.service: "${name}"`,
    `  traefik.http.services.${name}.loadbalancer.server.url: "${outpost}"`,
  ].join('\n');
  const traefikFile = [
    'http:',
    '  routers:',
    `    ${name}:`,
    `      rule: "Host(\`${host}\`)"`,
    `      service: ${name}`,
    '  services:',
    `    ${name}:`,
    '      loadBalancer:',
    `        servers: [{ url: "${outpost}" }]`,
  ].join('\n');
  const caddy = [`${host} {`, `    reverse_proxy ${outpost}`, '}'].join('\n');
  return { nginx, traefikLabels, traefikFile, caddy };
}
