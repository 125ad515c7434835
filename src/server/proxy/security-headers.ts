import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/**
 * The policy every page of the wizard is served under, by `npm start` (vite preview) and by
 * `npm run dev` alike: no inline script or style, network access only to its own origin (the
 * local proxy), never framed, and a browsing context of its own (no opener from another site).
 * Static deployments set their own (docs/deployment.md).
 */
export function contentSecurityPolicy(nonce?: string): string {
  const withNonce = (source: string) => (nonce === undefined ? source : `${source} 'nonce-${nonce}'`);
  return [
    "default-src 'self'",
    withNonce("script-src 'self'"),
    withNonce("style-src 'self'"),
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(nonce?: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
  };
}

function sendHeaders(headers: Record<string, string>) {
  return (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
}

/**
 * Sends the security headers on every answer of the dev and the preview server. The dev server
 * needs React's inline refresh preamble and Vite's injected styles: it allows exactly those with a
 * nonce drawn when it starts (Vite puts it on the tags it writes), and nothing else inline.
 */
export function wizardSecurityHeaders(): Plugin {
  const devNonce = randomBytes(18).toString('base64url');
  return {
    name: 'authentik-wizard-security-headers',
    config(_config, env) {
      return env.command === 'serve' && env.isPreview !== true ? { html: { cspNonce: devNonce } } : {};
    },
    configureServer(server) {
      server.middlewares.use(sendHeaders(securityHeaders(devNonce)));
    },
    configurePreviewServer(server) {
      server.middlewares.use(sendHeaders(securityHeaders()));
    },
  };
}
