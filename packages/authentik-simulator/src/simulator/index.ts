/**
 * A stateful, in-process simulator of the authentik REST API (/api/v3) of one release (2025.4 …
 * 2026.8, default 2026.8) and of the public OAuth2/SAML endpoints the wizard and its verifier read.
 * Requests and (optionally) responses are checked against that release's official OpenAPI schema;
 * mismatches are collected in `violations`. Body keys and query parameters the release does not
 * know are dropped, as authentik does, and recorded in `strictViolations`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReleaseId } from '../releases.ts';
import { NEWEST_RELEASE, RELEASES, isReleaseId } from '../releases.ts';
import { loadContract } from '../contract/openapi-contract.ts';
import { API_PREFIX, checkResponse, handleApi, projectResponse } from './api.ts';
import type { ApiDeps } from './api.ts';
import type { RequestInfo } from './context.ts';
import type { FaultRule } from './faults.ts';
import { FaultRegistry } from './faults.ts';
import type { HttpResult } from './http.ts';
import { clientIp, headerValue, notFoundPage, readBody, requestOrigin, writeResult } from './http.ts';
import type { AppliedEntry } from './blueprint.ts';
import { applyBlueprint } from './blueprint.ts';
import { evaluateAccess } from './policy.ts';
import { handlePublic } from './public-routes.ts';
import { handleEmbeddedOutpost } from './outposts.ts';
import type { SeedTokens } from './seed.ts';
import { RELEASE_VERSIONS, createSeedState } from './seed.ts';
import type { ContractViolation, RequestLogEntry, SimulatorState } from './types.ts';

export type { FaultRule } from './faults.ts';
export type * from './types.ts';
export type { ReleaseId } from '../releases.ts';
export { RELEASE_VERSIONS } from './seed.ts';
export { BlueprintError, FindTag, IfTag, KeyOfTag, parseBlueprint } from './blueprint.ts';
export type { AppliedEntry, Blueprint, BlueprintEntry } from './blueprint.ts';
/** The releases a simulator can speak, oldest first. */
export const SIMULATED_RELEASES: readonly ReleaseId[] = RELEASES;

/** Superuser token key of the built-in demo. Not a secret: the UI pre-fills it in demo mode. */
export const DEMO_TOKEN = 'demo-akadmin-token-not-a-secret';

const REGULAR_TOKEN = 'demo-alice-token-no-permissions';
const EXPIRED_TOKEN = 'demo-expired-token-rotated-away';

export interface SimulatorOptions {
  /** The authentik release to behave like (default 2026.8, the newest). */
  release?: ReleaseId;
  /** Validate every JSON answer of /api/v3 against the schema and record violations. */
  validateResponses?: boolean;
  /** Superuser token key (default: DEMO_TOKEN). */
  demoToken?: string;
  /** Receives one line per request (method, path, status, duration; never header values). */
  log?: (line: string) => void;
}

export interface Simulator {
  /** The release this simulator speaks, and the `version_current` it reports. */
  readonly release: ReleaseId;
  readonly version: string;
  handle(req: IncomingMessage, res: ServerResponse): void;
  listen(port?: number, host?: string): Promise<{ url: string; port: number; close(): Promise<void> }>;
  /** Back to a fresh-install seed; also clears faults, violations and the request log. */
  reset(): void;
  readonly tokens: { superuser: string; regular: string; expired: string };
  readonly state: SimulatorState;
  faults: { add(rule: FaultRule): void; clear(): void };
  readonly violations: ContractViolation[];
  /**
   * Requests that carried body keys or query parameters the release does not know (dropped, as
   * authentik drops them). Not part of `violations`: authentik accepts such requests.
   */
  readonly strictViolations: ContractViolation[];
  readonly requests: RequestLogEntry[];
  /**
   * Applies a blueprint (YAML with `!Find` / `!KeyOf`) as authentik's importer does: entries in
   * order, each validated strictly against this release's request schema. All or nothing; throws a
   * BlueprintError saying which entry failed.
   */
  applyBlueprint(text: string): AppliedEntry[];
  /** Make the next `count` transactional applies answer `200 {"applied": false}` and create nothing. */
  failNextApply(count?: number): void;
  /** What `check_access` answers for this user on the application with this slug (policy.ts); false when either is missing. */
  checkAccess(slug: string, userPk: number): boolean;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const release = options.release ?? NEWEST_RELEASE;
  if (!isReleaseId(release)) throw new Error(`Unknown authentik release ${String(release)}; one of ${RELEASES.join(', ')}`);
  const contract = loadContract(release);
  const tokens: SeedTokens = {
    superuser: options.demoToken ?? DEMO_TOKEN,
    regular: REGULAR_TOKEN,
    expired: EXPIRED_TOKEN,
  };
  let state = createSeedState(tokens, release);
  const faults = new FaultRegistry();
  const violations: ContractViolation[] = [];
  const strictViolations: ContractViolation[] = [];
  const requests: RequestLogEntry[] = [];
  const deps: ApiDeps = { contract, validateResponses: options.validateResponses === true, violations, strictViolations, release };
  const log = options.log;

  async function process(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    // concatenate instead of resolving, so a request target like `//host/x` stays a path
    const target = req.url?.startsWith('/') ? req.url : '/';
    const url = new URL(`http://simulator.invalid${target}`);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    requests.push({
      method,
      path,
      query: url.search.replace(/^\?/, ''),
      hasAuthorization: req.headers.authorization !== undefined,
      host: req.headers.host ?? '',
    });

    const fault = faults.take(method, path);
    if (fault) {
      if (fault.delayMs > 0) await delay(fault.delayMs);
      if (fault.drop) {
        req.socket.destroy();
        log?.(`${method} ${path} dropped (fault)`);
        return;
      }
      if (fault.response) {
        writeResult(res, fault.response);
        log?.(`${method} ${path} ${fault.response.status} (fault) ${Date.now() - started}ms`);
        return;
      }
    }

    const info: RequestInfo = {
      state,
      method,
      path,
      query: url.searchParams,
      origin: requestOrigin(req),
      clientIp: clientIp(req),
      userAgent: headerValue(req, 'user-agent') ?? '',
      user: null,
    };
    let result: HttpResult;
    if (path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)) {
      result = await handleApi(
        {
          info,
          authorization: headerValue(req, 'authorization'),
          contentType: headerValue(req, 'content-type'),
          readBody: () => readBody(req),
        },
        deps,
      );
      result = projectResponse(deps, method, path, result);
      checkResponse(deps, method, path, result);
    } else if (path.startsWith('/outpost.goauthentik.io/')) {
      result = handleEmbeddedOutpost(state, path, (name) => headerValue(req, name), info.clientIp);
    } else if (path.startsWith('/application/')) {
      result = handlePublic(info, headerValue(req, 'origin'));
    } else {
      result = notFoundPage(path);
    }
    if (fault?.headers) result = { ...result, headers: { ...(result.headers ?? {}), ...fault.headers } };
    writeResult(res, result);
    log?.(`${method} ${path} ${result.status} ${Date.now() - started}ms`);
  }

  const simulator: Simulator = {
    handle(req, res) {
      process(req, res).catch((error: unknown) => {
        log?.(`${req.method ?? 'GET'} ${req.url ?? ''} failed: ${(error as Error).message}`);
        if (!res.headersSent) {
          writeResult(res, { status: 500, text: { contentType: 'text/html; charset=utf-8', body: '<h1>Server Error (500)</h1>' } });
        } else {
          res.destroy();
        }
      });
    },
    async listen(port = 0, host = '127.0.0.1') {
      const server = createServer((req, res) => simulator.handle(req, res));
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      const displayHost = host.includes(':') ? `[${host}]` : host;
      return {
        url: `http://${displayHost}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((resolve, reject) => {
            server.closeAllConnections();
            server.close((error) => (error ? reject(error) : resolve()));
          }),
      };
    },
    reset() {
      state = createSeedState(tokens, release);
      faults.clear();
      violations.length = 0;
      strictViolations.length = 0;
      requests.length = 0;
    },
    release,
    version: RELEASE_VERSIONS[release],
    tokens: { ...tokens },
    get state() {
      return state;
    },
    faults: {
      add: (rule) => faults.add(rule),
      clear: () => faults.clear(),
    },
    violations,
    strictViolations,
    requests,
    applyBlueprint(text) {
      return applyBlueprint(state, contract, text);
    },
    checkAccess(slug: string, userPk: number) {
      const app = state.applications.find((entry) => entry.slug === slug);
      const user = state.users.find((entry) => entry.pk === userPk);
      return app !== undefined && user !== undefined && evaluateAccess(state, app, user).passing;
    },
    failNextApply(count = 1) {
      state.pendingApplyFailures += count;
    },
  };
  return simulator;
}
