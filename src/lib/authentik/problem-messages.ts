import type { ApiProblem } from './problem';
// The deployment guide ships with every build (an asset next to the app), so the link works offline
// and wherever the app is served.
import deploymentGuide from '../../../docs/deployment.md?url';

/** One way to run the wizard so that the browser can reach authentik (docs/deployment.md). */
export interface Deployment {
  title: string;
  text: string;
  /** The section of docs/deployment.md that shows how. */
  section: string;
  href: string;
}

export interface ProblemExplanation {
  title: string;
  detail: string;
  /** What the admin should do next. */
  action: string;
  /** When the page itself cannot reach authentik: the three ways that can, with their guide. */
  deployments?: Deployment[];
}

export const DEPLOYMENT_GUIDE_URL: string = deploymentGuide;

/**
 * The three deployments in which the browser can reach authentik, for a page served on
 * `pageOrigin` that could not (no local proxy there, another origin than authentik, no CORS).
 */
export function deploymentsFor(pageOrigin: string): Deployment[] {
  return [
    {
      title: 'Run it on your computer',
      text: 'npx authentik-integration-wizard (or npm start in a checkout) serves the wizard on http://127.0.0.1:4173 with its local proxy, which reaches any authentik this computer can reach.',
      section: 'docs/deployment.md § 1, Local proxy',
      href: deploymentGuide,
    },
    {
      title: 'Serve it from authentik’s own origin',
      text: 'Build it with npx vite build --base=/integration-wizard/ and let the reverse proxy in front of authentik serve the files at https://<your authentik>/integration-wizard/. Same origin: no CORS needed.',
      section: 'docs/deployment.md § 2, Served from authentik’s own origin',
      href: deploymentGuide,
    },
    {
      title: 'Keep it here, and allow this origin in front of authentik',
      text: `Have the reverse proxy in front of authentik answer /api/v3/ with Access-Control-Allow-Origin for ${pageOrigin} (one origin, never *), and its CORS preflights with 204.`,
      section: 'docs/deployment.md § 3, Direct, with CORS added in front of authentik',
      href: deploymentGuide,
    },
  ];
}

const UPSTREAM_CAUSES: Record<string, (host: string) => string> = {
  dns: (host) => `The name ${host} could not be resolved from the computer running the wizard.`,
  refused: (host) => `Nothing accepted the connection at ${host}.`,
  tls: (host) => `${host} answered with a TLS certificate that is not trusted.`,
  reset: (host) => `${host} closed the connection without answering.`,
};

/** Plain-language explanation of a failed call, in terms of what the admin can change. */
export function explainProblem(
  problem: ApiProblem,
  host: string,
  pageOrigin: string = globalThis.location?.origin ?? 'this page’s origin',
): ProblemExplanation {
  switch (problem.kind) {
    case 'network':
      return problem.mode === 'direct'
        ? {
            title: `No answer from ${host}`,
            detail: `The browser could not read an answer from authentik. Either it cannot be reached from this computer, or it does not let this page call its API: this page (${pageOrigin}) is served without the wizard’s local proxy, on another origin than authentik, and authentik sends no CORS headers by itself.`,
            action: `Check the address. If it is right, open the wizard in a way that can reach authentik: run npx authentik-integration-wizard on your computer; or serve it from authentik’s own origin under /integration-wizard/; or have the reverse proxy in front of authentik send Access-Control-Allow-Origin for ${pageOrigin}. The deployment guide (docs/deployment.md) shows each.`,
            deployments: deploymentsFor(pageOrigin),
          }
        : {
            title: `No answer from ${host}`,
            detail: 'The browser could not reach authentik on this origin.',
            action: 'Check that authentik is running and reachable, then try again.',
          };
    case 'proxy-unreachable':
      return {
        title: 'The wizard’s local server is not answering',
        detail: 'This page talks to authentik through the server that npm start runs, and that server did not answer.',
        action: 'Start it again with npm start, then retry. What you typed is kept.',
      };
    case 'proxy-refused':
      return { title: 'The local proxy refused this request', detail: problem.message, action: 'Correct the authentik address and try again.' };
    case 'upstream-unreachable': {
      const cause = problem.cause ? UPSTREAM_CAUSES[problem.cause]?.(host) : undefined;
      const timedOut = problem.code === 'upstream_timeout';
      return {
        title: timedOut ? `${host} did not answer in time` : `Could not reach ${host}`,
        detail: cause ?? problem.message,
        action: timedOut
          ? 'authentik may be overloaded or the address may point at the wrong server. Try again in a moment.'
          : 'Check the address and port, and that authentik is running and reachable from the computer running the wizard.',
      };
    }
    case 'missing-token':
      return {
        title: 'No API token was sent',
        detail: 'authentik answered that the request carried no credentials.',
        action: 'Paste an API token (intent “API”) and connect again.',
      };
    case 'malformed-token':
      return {
        title: 'The token is empty',
        detail: 'authentik received “Bearer” with no key after it.',
        action: 'Paste the token’s key, not its name.',
      };
    case 'invalid-token':
      return {
        title: 'authentik does not accept this token',
        detail:
          'The key is unknown, has expired (an expiring token gets a new key when it expires), belongs to an inactive user, or is an app password rather than an API token.',
        action:
          'In authentik, open Directory › Tokens and App passwords, copy the key of a token with intent “API” (or create one), and paste it here.',
      };
    case 'permission':
      return {
        title: 'The token’s user lacks a permission',
        detail: problem.detail,
        action: 'Use a token of a superuser, or give this user the permissions listed below.',
      };
    case 'validation': {
      const lines = [...problem.nonField, ...Object.entries(problem.fields).map(([field, messages]) => `${field}: ${messages.join(' ')}`)];
      return {
        title: 'authentik refused some values',
        detail: lines.join('\n') || 'authentik answered “bad request” without details.',
        action: 'Correct the fields marked below and try again.',
      };
    }
    case 'not-found':
      return {
        title: 'authentik answered “not found”',
        detail: problem.detail ?? 'The object or endpoint does not exist on this authentik.',
        action: 'Check the address (include the sub-path if authentik is installed under one) and that the object still exists.',
      };
    case 'server':
      return {
        title: `authentik had an internal error (HTTP ${problem.status})`,
        detail: 'The server failed while handling the request; nothing in your input caused it.',
        action: 'Try again. If it keeps failing, look at the authentik server logs.',
      };
    case 'timeout':
      return {
        title: `${host} did not answer in time`,
        detail: 'The request was given up after waiting.',
        action: 'Try again. If authentik is slow right now, wait a moment first.',
      };
    case 'cancelled':
      return { title: 'Cancelled', detail: 'You cancelled the request.', action: 'Start it again when you are ready.' };
    case 'not-authentik':
      return {
        title: `This does not look like authentik at ${host}`,
        detail:
          problem.shape !== undefined
            ? `It answered ${problem.shape} with JSON that authentik never sends there, so it is some other server (or a proxy page) at this address.`
            : `It sent HTTP ${problem.status}${problem.contentType ? ` with ${problem.contentType.split(';')[0]}` : ''} where authentik sends JSON.`,
        action: 'Check the address. If authentik runs under a sub-path, include it, for example https://example.com/authentik.',
      };
  }
}
