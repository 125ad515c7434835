import type { ApiProblem } from './problem';

export interface ProblemExplanation {
  title: string;
  detail: string;
  /** What the admin should do next. */
  action: string;
}

const UPSTREAM_CAUSES: Record<string, (host: string) => string> = {
  dns: (host) => `The name ${host} could not be resolved from the computer running the wizard.`,
  refused: (host) => `Nothing accepted the connection at ${host}.`,
  tls: (host) => `${host} answered with a TLS certificate that is not trusted.`,
  reset: (host) => `${host} closed the connection without answering.`,
};

/** Plain-language explanation of a failed call, in terms of what the admin can change. */
export function explainProblem(problem: ApiProblem, host: string): ProblemExplanation {
  switch (problem.kind) {
    case 'network':
      return problem.mode === 'direct'
        ? {
            title: `No answer from ${host}`,
            detail:
              'The browser could not read an answer from authentik. Either it cannot be reached from this computer, or it does not allow this page to call its API (authentik sends no CORS headers by itself).',
            action: 'Check the address. To call authentik from this page, start the wizard with npm start (it brings a local proxy), or add CORS headers in the reverse proxy in front of authentik (see docs/deployment.md).',
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
      return { title: 'The token is empty', detail: 'authentik received “Bearer” with no key after it.', action: 'Paste the token’s key, not its name.' };
    case 'invalid-token':
      return {
        title: 'authentik does not accept this token',
        detail:
          'The key is unknown, has expired (an expiring token gets a new key when it expires), belongs to an inactive user, or is an app password rather than an API token.',
        action: 'In authentik, open Directory › Tokens and App passwords, copy the key of a token with intent “API” (or create one), and paste it here.',
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
