/**
 * Dispatch of /api/v3 requests: schema-based routing, authentication, body parsing, contract
 * checks, the route handler, and (optionally) response validation. The order of checks follows
 * DRF: URL resolution → authentication → permission → method → parsing/validation in the view.
 */
import type { Contract } from '../contract/openapi-contract.ts';
import { NOT_AUTHENTICATED, authenticate } from './auth.ts';
import type { ApiContext, ApiHandler, RequestInfo } from './context.ts';
import type { HttpResult } from './http.ts';
import { detail, json, notFoundPage } from './http.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { coreRoutes } from './routes/core.ts';
import { directoryRoutes } from './routes/directory.ts';
import { eventRoutes } from './routes/events.ts';
import { outpostRoutes } from './routes/outposts.ts';
import { providerRoutes } from './routes/providers.ts';
import { transactionalRoutes } from './routes/transactional.ts';
import type { ContractViolation } from './types.ts';
import type { ReleaseId } from '../releases.ts';
import { schemaFacts } from '../release-facts.ts';

export const API_PREFIX = '/api/v3';

const ROUTES: Record<string, ApiHandler> = {
  ...coreRoutes,
  ...directoryRoutes,
  ...transactionalRoutes,
  ...catalogRoutes,
  ...providerRoutes,
  ...eventRoutes,
  ...outpostRoutes,
};

/** operationIds the simulator implements. */
export const IMPLEMENTED_OPERATIONS: readonly string[] = Object.keys(ROUTES);

export interface ApiRequest {
  info: Omit<RequestInfo, 'user'>;
  authorization: string | undefined;
  contentType: string | undefined;
  readBody: () => Promise<string>;
}

export interface ApiDeps {
  contract: Contract;
  validateResponses: boolean;
  violations: ContractViolation[];
  /** Body keys and query parameters the release does not know (authentik drops them; so does the simulator). */
  strictViolations: ContractViolation[];
  /** The simulated release, for answers its own schema describes wrongly (see release-facts.ts). */
  release?: ReleaseId;
}

function parseJsonBody(raw: string, contentType: string | undefined): { ok: true; body: unknown } | { ok: false; result: HttpResult } {
  if (raw.length === 0) return { ok: true, body: undefined };
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType === '') return { ok: true, body: undefined }; // DRF treats a body without media type as empty
  if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) {
    return { ok: false, result: detail(415, `Unsupported media type "${mediaType}" in request.`) };
  }
  try {
    return { ok: true, body: JSON.parse(raw) as unknown };
  } catch (error) {
    return { ok: false, result: detail(400, `JSON parse error - ${(error as Error).message}`) };
  }
}

export async function handleApi(request: ApiRequest, deps: ApiDeps): Promise<HttpResult> {
  const { info } = request;
  const apiPath = info.path.slice(API_PREFIX.length);
  const method = info.method.toUpperCase();
  const pathMatch = apiPath.startsWith('/') ? deps.contract.matchPath(apiPath) : null;
  if (!pathMatch) {
    deps.violations.push({
      kind: 'request',
      method,
      path: info.path,
      operationId: null,
      issues: [{ where: 'path', pointer: apiPath, keyword: 'operation', message: `${apiPath} is not a path of the API schema`, drfMessage: null }],
    });
    return notFoundPage(info.path);
  }

  const auth = authenticate(request.authorization, info.state);
  if (auth.kind === 'failed') return detail(403, auth.detail);
  const user = auth.kind === 'user' ? auth.user : null;
  // Django serves HEAD with the GET view
  const op = deps.contract.findOperation(method === 'HEAD' ? 'GET' : method, apiPath);

  if (!op) {
    if (!user) return detail(403, NOT_AUTHENTICATED);
    if (method === 'OPTIONS') {
      return json(200, { name: 'authentik API', description: '', renders: ['application/json'], parses: ['application/json'] });
    }
    deps.violations.push({
      kind: 'request',
      method,
      path: info.path,
      operationId: null,
      issues: [
        {
          where: 'path',
          pointer: pathMatch.template,
          keyword: 'method',
          message: `${method} is not documented for ${pathMatch.template}`,
          drfMessage: null,
        },
      ],
    });
    return json(405, { detail: `Method "${method}" not allowed.` }, { Allow: [...pathMatch.methods, 'OPTIONS'].join(', ') });
  }
  if (!user && !op.allowsAnonymous) return detail(403, NOT_AUTHENTICATED);

  let body: unknown;
  if (method === 'PUT' || method === 'PATCH' || method === 'POST') {
    const parsed = parseJsonBody(await request.readBody(), request.contentType);
    if (!parsed.ok) return parsed.result;
    body = parsed.body;
  }

  const input = { method: op.method, apiPath, query: info.query, body };
  const unknown = deps.contract.unknownFields(input);
  if (unknown.length > 0) {
    deps.strictViolations.push({ kind: 'request', method, path: info.path, operationId: op.operationId, issues: unknown });
    // Django REST framework ignores keys a serializer does not declare: validate and act without them
    body = deps.contract.dropUnknownFields(input);
  }
  const check = deps.contract.validateRequest({ ...input, body });
  if (!check.ok) {
    deps.violations.push({ kind: 'request', method, path: info.path, operationId: op.operationId, issues: check.errors });
    if (check.where === 'path') return detail(404, 'Not found.');
  }

  const handler = ROUTES[op.operationId];
  if (!handler) {
    return json(501, { detail: `The authentik simulator does not implement ${op.operationId}.` });
  }
  const ctx: ApiContext = { ...info, user, apiPath, body, op, check };
  return handler(ctx);
}

/**
 * A successful JSON answer as the simulated release sends it: the serializers build the superset
 * of all releases, and properties the release's response schema does not declare are left out.
 */
export function projectResponse(deps: ApiDeps, method: string, path: string, result: HttpResult): HttpResult {
  if (result.json === undefined || result.status < 200 || result.status > 299) return result;
  const apiPath = path.slice(API_PREFIX.length);
  const op = deps.contract.findOperation(method === 'HEAD' ? 'GET' : method, apiPath);
  if (!op) return result;
  return { ...result, json: deps.contract.projectResponse({ method: op.method, apiPath, status: result.status, body: result.json }) };
}

/** Record response-schema violations of a JSON answer (never changes the answer). */
export function checkResponse(deps: ApiDeps, method: string, path: string, result: HttpResult): void {
  if (!deps.validateResponses || result.json === undefined) return;
  const apiPath = path.slice(API_PREFIX.length);
  // Django serves HEAD with the GET view
  const op = deps.contract.findOperation(method === 'HEAD' ? 'GET' : method, apiPath);
  if (!op) return;
  let check: ReturnType<Contract['validateResponse']>;
  try {
    check = deps.contract.validateResponse({ method: op.method, apiPath, status: result.status, body: result.json });
  } catch (error) {
    const message = `response validation failed: ${(error as Error).message}`;
    check = { ok: false, errors: [{ where: 'response', pointer: '', keyword: 'internal', message, drfMessage: null }] };
  }
  // authentik answers `service_connection_obj: null` for an outpost without one, although the 2025.4/2025.6
  // schema does not allow null there (release-facts.ts, outpostServiceConnectionObjNullable): not a simulator fault.
  if (!check.ok && deps.release && !schemaFacts(deps.release).outpostServiceConnectionObjNullable) {
    const errors = check.errors.filter((issue) => !/\/service_connection_obj$/.test(issue.pointer));
    check = errors.length === 0 ? { ok: true } : { ...check, errors };
  }
  if (!check.ok) {
    deps.violations.push({
      kind: 'response',
      method: method.toUpperCase(),
      path,
      operationId: op.operationId,
      status: result.status,
      issues: check.errors,
    });
  }
}
