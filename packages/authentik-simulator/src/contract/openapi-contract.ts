/**
 * Contract checks against the official authentik OpenAPI schema of one release (2025.4 … 2026.8):
 * which operation a request targets, whether the request fits the documented parameters and body,
 * and whether a response fits the documented schema.
 *
 * Request failures also come with the error body authentik (Django REST framework) would send,
 * see drf-errors.ts. Two request modes:
 * - lenient (default): what authentik does — unknown body keys and undeclared query parameters
 *   are ignored, so they are no error;
 * - strict (`{ strict: true }`, or `unknownFields()`): every key or parameter the release does not
 *   know is an issue (keyword `additionalProperties`), because that release would silently drop it.
 */
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ContractIssue } from './drf-errors.ts';
import { DrfErrorBuilder, componentRef, describeAjvError, resolveSchema } from './drf-errors.ts';
import type { ReleaseId } from '../releases.ts';
import { NEWEST_RELEASE } from '../releases.ts';
import { serverRules } from '../release-facts.ts';
import type { JsonObject, OpenApiDocument, OpenApiOperation, OpenApiParameter } from './schema-loader.ts';
import { SCHEMA_BASE_URI, STRICT_SCHEMA_BASE_URI, loadOpenApiDocument, strictSchema } from './schema-loader.ts';

export type { ContractIssue } from './drf-errors.ts';

export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete' | 'head' | 'options' | 'trace';

export interface OperationMatch {
  operationId: string;
  /** Path template from the schema, e.g. `/core/applications/{slug}/`. */
  template: string;
  pathParams: Record<string, string>;
  method: HttpMethod;
  /** True when the operation can be called without credentials (`security` contains `{}`). */
  allowsAnonymous: boolean;
}

export interface PathMatch {
  template: string;
  pathParams: Record<string, string>;
  /** Upper-case HTTP methods documented for this path. */
  methods: string[];
}

export type RequestCheck =
  | { ok: true }
  | {
      ok: false;
      where: 'query' | 'body' | 'path';
      errors: ContractIssue[];
      /** Error body authentik would answer with (may be `{}` when authentik would accept the request). */
      drf: Record<string, unknown>;
    };

export type ResponseCheck = { ok: true } | { ok: false; errors: ContractIssue[] };

export interface RequestInput {
  method: string;
  apiPath: string;
  query?: URLSearchParams;
  body?: unknown;
}

export interface ResponseInput {
  method: string;
  apiPath: string;
  status: number;
  body: unknown;
}

export interface RequestOptions {
  /** Also fail on body keys and query parameters this release does not know (it would drop them). */
  strict?: boolean;
}

export interface Contract {
  /** The release whose schema this contract checks. */
  readonly release: ReleaseId;
  readonly document: OpenApiDocument;
  findOperation(method: string, apiPath: string): OperationMatch | null;
  matchPath(apiPath: string): PathMatch | null;
  validateRequest(input: RequestInput, options?: RequestOptions): RequestCheck;
  /**
   * Body keys (pointer = where the key sits, e.g. `/provider/grant_types`) and query parameters
   * the release does not know: what authentik would drop. Empty for an unknown operation.
   */
  unknownFields(input: RequestInput): ContractIssue[];
  /** The body as the release's serializers see it: a copy without the keys `unknownFields` reports. */
  dropUnknownFields(input: RequestInput): unknown;
  /**
   * A copy of a response body without the properties the release's response schema does not
   * declare, so a superset answer becomes that release's answer. Unknown operations: unchanged.
   */
  projectResponse(input: ResponseInput): unknown;
  validateResponse(input: ResponseInput): ResponseCheck;
  /** Validate any value against a named component schema (e.g. `OAuth2ProviderRequest`). */
  validateComponent(name: string, value: unknown): { ok: boolean; errors: ContractIssue[]; drf: Record<string, unknown> };
}

/** Concrete request schema for each `provider_model` of the transactional endpoint. */
export const TRANSACTIONAL_PROVIDER_SCHEMAS: Readonly<Record<string, string>> = {
  'authentik_providers_oauth2.oauth2provider': 'OAuth2ProviderRequest',
  'authentik_providers_saml.samlprovider': 'SAMLProviderRequest',
};

const TRANSACTIONAL_OPERATION = 'core_transactional_applications_update';
const HTTP_METHODS: HttpMethod[] = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];
/** Query parameters handled by pagination / ordering / search, never by django-filter. */
const NON_FILTER_PARAMS = new Set(['page', 'page_size', 'ordering', 'search']);

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** URL check close to Django's URLValidator (schemes http/https/ftp/ftps, a host); '' is allowed for blank fields. */
function isDjangoUrl(value: string): boolean {
  if (value === '') return true;
  if (/\s/.test(value)) return false;
  // authentik's formatted URL validators accept %(username)s style placeholders
  const candidate = value.replace(/%\([A-Za-z0-9_]+\)s/g, 'x');
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'ftp:', 'ftps:'].includes(url.protocol)) return false;
  return url.hostname.length > 0;
}

interface CompiledTemplate {
  template: string;
  regex: RegExp;
  names: string[];
  literalLength: number;
}

function compileTemplate(template: string): CompiledTemplate {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part);
      if (param) {
        names.push(param[1]!);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { template, regex: new RegExp(`^${source}$`), names, literalLength: template.replace(/\{[^}]+\}/g, '').length };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class OpenApiContract implements Contract {
  readonly release: ReleaseId;
  readonly document: OpenApiDocument;
  private readonly ajv: Ajv;
  private readonly templates: CompiledTemplate[];
  private readonly validators = new Map<string, ValidateFunction>();
  private strictRegistered = false;

  constructor(document: OpenApiDocument, release: ReleaseId) {
    this.release = release;
    this.document = document;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, discriminator: false });
    addFormats(this.ajv);
    this.ajv.addFormat('uri', { type: 'string', validate: isDjangoUrl });
    this.ajv.addFormat('uuid', { type: 'string', validate: (value: string) => UUID_RE.test(value) });
    this.ajv.addFormat('email', {
      type: 'string',
      validate: (value: string) => value === '' || /^[^\s@]+@[^\s@]+$/.test(value),
    });
    for (const format of collectFormats(document)) {
      if (!(format in this.ajv.formats)) this.ajv.addFormat(format, true);
    }
    this.ajv.addSchema({ $id: SCHEMA_BASE_URI, components: document.components });
    // Prefer literal paths over templated ones (`/core/users/me/` before `/core/users/{id}/`).
    this.templates = Object.keys(document.paths)
      .map(compileTemplate)
      .sort((a, b) => a.names.length - b.names.length || b.literalLength - a.literalLength);
  }

  private get schemas(): Record<string, JsonObject> {
    return this.document.components.schemas;
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let fn = this.validators.get(key);
    if (!fn) {
      fn = this.ajv.compile(schema as object);
      this.validators.set(key, fn);
    }
    return fn;
  }

  matchPath(apiPath: string): PathMatch | null {
    for (const candidate of this.templates) {
      const match = candidate.regex.exec(apiPath);
      if (!match) continue;
      const pathParams: Record<string, string> = {};
      candidate.names.forEach((name, index) => {
        pathParams[name] = safeDecode(match[index + 1] ?? '');
      });
      const item = this.document.paths[candidate.template] ?? {};
      const methods = HTTP_METHODS.filter((method) => isObject(item[method])).map((method) => method.toUpperCase());
      return { template: candidate.template, pathParams, methods };
    }
    return null;
  }

  /** Like Django's URL resolver: the first (most literal) matching path wins, then the method is looked up. */
  findOperation(method: string, apiPath: string): OperationMatch | null {
    const lower = method.toLowerCase() as HttpMethod;
    const path = this.matchPath(apiPath);
    if (!path) return null;
    const operation = this.document.paths[path.template]?.[lower];
    if (!operation) return null;
    const allowsAnonymous = (operation.security ?? []).some((entry) => Object.keys(entry).length === 0);
    return { operationId: operation.operationId, template: path.template, pathParams: path.pathParams, method: lower, allowsAnonymous };
  }

  private operation(match: OperationMatch): OpenApiOperation {
    const operation = this.document.paths[match.template]?.[match.method];
    if (!operation) throw new Error(`no operation for ${match.method} ${match.template}`);
    return operation;
  }

  private parameters(operation: OpenApiOperation): OpenApiParameter[] {
    return (operation.parameters ?? []).map((parameter) => {
      if ('$ref' in parameter && typeof parameter.$ref === 'string') {
        const name = parameter.$ref.slice(parameter.$ref.lastIndexOf('/') + 1);
        const resolved = this.document.components.parameters[name];
        if (!resolved) throw new Error(`unknown parameter ${parameter.$ref}`);
        return resolved;
      }
      return parameter as OpenApiParameter;
    });
  }

  validateRequest(input: RequestInput, options: RequestOptions = {}): RequestCheck {
    const lenient = this.validateLenient(input);
    if (!options.strict) return lenient;
    const unknown = this.unknownFields(input);
    if (unknown.length === 0) return lenient;
    if (lenient.ok) return { ok: false, where: unknown[0]!.where === 'query' ? 'query' : 'body', errors: unknown, drf: {} };
    return { ...lenient, errors: [...lenient.errors, ...unknown] };
  }

  private ensureStrict(): void {
    if (this.strictRegistered) return;
    this.ajv.addSchema({ $id: STRICT_SCHEMA_BASE_URI, components: { schemas: strictSchema(this.document.components.schemas) } });
    this.strictRegistered = true;
  }

  /** Additional-property errors of `data` against the strict copy of `schema`, as issues. */
  private strictIssues(key: string, schema: unknown, data: unknown, pointerPrefix: string): ContractIssue[] {
    this.ensureStrict();
    const validate = this.validator(`strict:${key}`, strictSchema(schema));
    if (validate(data)) return [];
    const issues: ContractIssue[] = [];
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      if (error.keyword !== 'additionalProperties') continue;
      const name = String((error.params as { additionalProperty?: string }).additionalProperty);
      const pointer = `${pointerPrefix}${error.instancePath}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (seen.has(pointer)) continue;
      seen.add(pointer);
      issues.push({
        where: 'body',
        pointer,
        keyword: 'additionalProperties',
        message: `${pointer} is not a field of this request in authentik ${this.release}: it would be dropped`,
        drfMessage: null,
      });
    }
    return issues;
  }

  unknownFields(input: RequestInput): ContractIssue[] {
    const match = this.findOperation(input.method, input.apiPath);
    if (!match) return [];
    const operation = this.operation(match);
    const declared = new Set(
      this.parameters(operation)
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => parameter.name),
    );
    const issues: ContractIssue[] = [];
    for (const name of new Set((input.query ?? new URLSearchParams()).keys())) {
      if (declared.has(name)) continue;
      issues.push({
        where: 'query',
        pointer: name,
        keyword: 'additionalProperties',
        message: `query parameter ${name} does not exist for ${match.operationId} in authentik ${this.release}: it would be ignored`,
        drfMessage: null,
      });
    }
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    const data = input.body === undefined || input.body === null ? {} : input.body;
    if (!schema || !isObject(data)) return issues;
    if (match.operationId !== TRANSACTIONAL_OPERATION) {
      return [...issues, ...this.strictIssues(`body:${match.operationId}`, schema, data, '')];
    }
    issues.push(...this.strictIssues('body:transactional:outer', this.transactionalOuterSchema(), data, ''));
    const model = data.provider_model;
    const providerSchemaName = typeof model === 'string' ? TRANSACTIONAL_PROVIDER_SCHEMAS[model] : undefined;
    if (providerSchemaName && isObject(data.provider)) {
      issues.push(...this.strictIssues(`component:${providerSchemaName}`, componentRef(providerSchemaName), data.provider, '/provider'));
    }
    return issues;
  }

  dropUnknownFields(input: RequestInput): unknown {
    if (!isObject(input.body) && !Array.isArray(input.body)) return input.body;
    const issues = this.unknownFields(input).filter((issue) => issue.where === 'body');
    if (issues.length === 0) return input.body;
    const copy = structuredClone(input.body) as unknown;
    for (const issue of issues) {
      const segments = issue.pointer
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
      const last = segments.pop();
      let node: unknown = copy;
      for (const segment of segments) node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment] : undefined;
      if (isObject(node) && last !== undefined) delete node[last];
    }
    return copy;
  }

  projectResponse(input: ResponseInput): unknown {
    const schema = this.responseSchema(input);
    if (!schema) return input.body;
    return projectValue(input.body, schema, this.schemas);
  }

  private validateLenient(input: RequestInput): RequestCheck {
    const match = this.findOperation(input.method, input.apiPath);
    if (!match) {
      return {
        ok: false,
        where: 'path',
        errors: [
          {
            where: 'path',
            pointer: input.apiPath,
            keyword: 'operation',
            message: `no operation ${input.method.toUpperCase()} ${input.apiPath} in the schema`,
            drfMessage: 'Not found.',
          },
        ],
        drf: { detail: 'Not found.' },
      };
    }
    const operation = this.operation(match);
    const parameters = this.parameters(operation);

    const pathIssues = this.checkPathParams(match, parameters);
    if (pathIssues.length > 0) {
      return { ok: false, where: 'path', errors: pathIssues, drf: { detail: 'Not found.' } };
    }

    const query = this.checkQuery(match, parameters, input.query ?? new URLSearchParams());
    const body = this.checkBody(match, operation, input.body);
    const errors = [...query.errors, ...body.errors];
    if (errors.length === 0) return { ok: true };
    if (!body.builderEmpty) {
      return { ok: false, where: 'body', errors, drf: body.drf };
    }
    if (query.errors.length > 0) {
      return { ok: false, where: 'query', errors, drf: query.drf };
    }
    return { ok: false, where: 'body', errors, drf: body.drf };
  }

  private checkPathParams(match: OperationMatch, parameters: OpenApiParameter[]): ContractIssue[] {
    const issues: ContractIssue[] = [];
    for (const parameter of parameters) {
      if (parameter.in !== 'path') continue;
      const raw = match.pathParams[parameter.name];
      if (raw === undefined) continue;
      const schema = resolveSchema(parameter.schema, this.schemas);
      const value = schema.type === 'integer' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
      const validate = this.validator(`path:${match.operationId}:${parameter.name}`, parameter.schema ?? {});
      if (!validate(value)) {
        issues.push({
          where: 'path',
          pointer: parameter.name,
          keyword: validate.errors?.[0]?.keyword ?? 'type',
          message: `path parameter ${parameter.name}=${raw} ${validate.errors?.[0]?.message ?? 'is invalid'}`,
          drfMessage: 'Not found.',
        });
      }
    }
    return issues;
  }

  private checkQuery(
    match: OperationMatch,
    parameters: OpenApiParameter[],
    query: URLSearchParams,
  ): { errors: ContractIssue[]; drf: Record<string, unknown> } {
    const errors: ContractIssue[] = [];
    const drf: Record<string, unknown> = {};
    const isListOperation = match.operationId.endsWith('_list');
    for (const parameter of parameters) {
      if (parameter.in !== 'query' || !query.has(parameter.name)) continue;
      const schema = resolveSchema(parameter.schema, this.schemas);
      const values = query.getAll(parameter.name);
      let value: unknown;
      if (schema.type === 'array') {
        const itemSchema = resolveSchema(schema.items, this.schemas);
        value = values.map((entry) => coerceQueryValue(entry, itemSchema));
      } else {
        value = coerceQueryValue(values[values.length - 1] ?? '', schema);
      }
      const validate = this.validator(`query:${match.operationId}:${parameter.name}`, parameter.schema ?? {});
      if (validate(value)) continue;
      // django-filter only validates real filters of list endpoints; actions read params themselves.
      const filterApplies = isListOperation && !NON_FILTER_PARAMS.has(parameter.name);
      const text = filterApplies ? queryFilterMessage(schema, values, this.schemas) : null;
      for (const error of validate.errors ?? []) {
        if (error.keyword === 'if') continue;
        errors.push({
          where: 'query',
          pointer: parameter.name,
          keyword: error.keyword,
          message: `query parameter ${parameter.name} ${error.instancePath} ${error.message ?? ''}`.replace(/\s+/g, ' ').trim(),
          drfMessage: text,
        });
      }
      if (text !== null) drf[parameter.name] = [text];
    }
    return { errors, drf };
  }

  private checkBody(
    match: OperationMatch,
    operation: OpenApiOperation,
    body: unknown,
  ): { errors: ContractIssue[]; drf: Record<string, unknown>; builderEmpty: boolean } {
    const content = operation.requestBody?.content;
    const schema = content?.['application/json']?.schema;
    if (!schema) return { errors: [], drf: {}, builderEmpty: true };
    // DRF parses an absent body as an empty dict.
    const data = body === undefined || body === null ? {} : body;

    if (match.operationId === TRANSACTIONAL_OPERATION) return this.checkTransactionalBody(data);

    const result = this.runSchema(`body:${match.operationId}`, schema, data, '');
    return { errors: result.errors, drf: result.builder.build(), builderEmpty: result.builder.isEmpty };
  }

  /** Validate `data` against `schema`, collecting issues and DRF messages under `pointerPrefix`. */
  private runSchema(key: string, schema: unknown, data: unknown, pointerPrefix: string): { errors: ContractIssue[]; builder: DrfErrorBuilder } {
    const builder = new DrfErrorBuilder(schema, data, this.schemas);
    const errors: ContractIssue[] = [];
    if (!isObject(data) && isObject(resolveSchema(schema, this.schemas).properties)) {
      const text = `Invalid data. Expected a dictionary, but got ${Array.isArray(data) ? 'list' : typeof data === 'string' ? 'str' : typeof data === 'number' ? 'int' : typeof data === 'boolean' ? 'bool' : 'dict'}.`;
      errors.push({ where: 'body', pointer: pointerPrefix || '/', keyword: 'type', message: 'body must be an object', drfMessage: text });
      builder.add('', { conversion: true, text });
      return { errors, builder };
    }
    const validate = this.validator(key, schema);
    if (validate(data)) return { errors, builder };
    for (const error of validate.errors ?? []) {
      const described = describeAjvError(error as ErrorObject, schema, data, this.schemas);
      if (!described) continue;
      errors.push({
        where: 'body',
        pointer: pointerPrefix + described.pointer,
        keyword: error.keyword,
        message: described.message,
        drfMessage: described.drf?.text ?? null,
      });
      if (described.drf) builder.add(described.pointer, described.drf);
    }
    return { errors, builder };
  }

  /**
   * `PUT /core/transactional/applications/`: the serializer validates `app`, `provider_model`,
   * `provider` (as a plain dict) and `policy_bindings` first; only when those pass does the
   * blueprint importer validate the provider with its concrete serializer.
   */
  private checkTransactionalBody(data: unknown): {
    errors: ContractIssue[];
    drf: Record<string, unknown>;
    builderEmpty: boolean;
  } {
    const outerSchema = this.transactionalOuterSchema();
    const top = this.runSchema('body:transactional:outer', outerSchema, data, '');
    if (!isObject(data)) {
      return { errors: top.errors, drf: top.builder.build(), builderEmpty: top.builder.isEmpty };
    }
    const model = data.provider_model;
    const providerSchemaName = typeof model === 'string' ? TRANSACTIONAL_PROVIDER_SCHEMAS[model] : undefined;
    let providerErrors: ContractIssue[] = [];
    let providerDrf: Record<string, unknown> = {};
    if (providerSchemaName && isObject(data.provider)) {
      const inner = this.runSchema(`component:${providerSchemaName}`, componentRef(providerSchemaName), data.provider, '/provider');
      providerErrors = inner.errors;
      providerDrf = inner.builder.build();
    }
    const errors = [...top.errors, ...providerErrors];
    if (!top.builder.isEmpty) {
      return { errors, drf: top.builder.build(), builderEmpty: false };
    }
    if (Object.keys(providerDrf).length > 0) {
      return { errors, drf: { provider: providerDrf }, builderEmpty: false };
    }
    return { errors, drf: {}, builderEmpty: true };
  }

  /** The transactional body with `provider` as a plain dict (its concrete serializer runs later). */
  private transactionalOuterSchema(): JsonObject {
    return {
      type: 'object',
      properties: {
        ...(resolveSchema(componentRef('TransactionApplicationRequest'), this.schemas).properties as JsonObject),
        provider: { type: 'object', additionalProperties: {} },
      },
      required: ['app', 'provider', 'provider_model'],
    };
  }

  /** The documented JSON schema of a response, or null (unknown operation/status, no JSON body). */
  private responseSchema(input: ResponseInput): unknown {
    const match = this.findOperation(input.method, input.apiPath);
    if (!match) return null;
    const responses = this.operation(match).responses ?? {};
    let response = responses[String(input.status)] ?? responses.default;
    if (response && typeof response.$ref === 'string') {
      const name = response.$ref.slice(response.$ref.lastIndexOf('/') + 1);
      response = this.document.components.responses?.[name] ?? {};
    }
    return response?.content?.['application/json']?.schema ?? null;
  }

  validateComponent(name: string, value: unknown): { ok: boolean; errors: ContractIssue[]; drf: Record<string, unknown> } {
    const result = this.runSchema(`component:${name}`, componentRef(name), value, '');
    return { ok: result.errors.length === 0, errors: result.errors, drf: result.builder.build() };
  }

  private knownAbsent(property: string): boolean {
    return ABSENT_BEFORE_2025_8.has(property) && !serverRules(this.release).providerAssignedBackchannelAlways;
  }

  validateResponse(input: ResponseInput): ResponseCheck {
    const match = this.findOperation(input.method, input.apiPath);
    if (!match) {
      return {
        ok: false,
        errors: [
          {
            where: 'response',
            pointer: input.apiPath,
            keyword: 'operation',
            message: `no operation ${input.method.toUpperCase()} ${input.apiPath} in the schema`,
            drfMessage: null,
          },
        ],
      };
    }
    const operation = this.operation(match);
    const responses = operation.responses ?? {};
    let response = responses[String(input.status)] ?? responses.default;
    if (!response && input.status === 404 && Object.keys(match.pathParams).length > 0 && isGenericError(input.body)) {
      // drf-spectacular leaves out the 404 every detail route can answer; treat it as documented.
      // (older schemas have no components.responses, so the GenericError schema is named directly)
      response = { content: { 'application/json': { schema: { $ref: `${SCHEMA_BASE_URI}#/components/schemas/GenericError` } } } };
    }
    if (!response) {
      return {
        ok: false,
        errors: [
          {
            where: 'response',
            pointer: '',
            keyword: 'status',
            message: `status ${input.status} is not documented for ${match.operationId}`,
            drfMessage: null,
          },
        ],
      };
    }
    if (typeof response.$ref === 'string') {
      const name = response.$ref.slice(response.$ref.lastIndexOf('/') + 1);
      response = this.document.components.responses?.[name] ?? {};
    }
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return { ok: true };
    const validate = this.validator(`response:${match.operationId}:${input.status}`, schema);
    if (validate(input.body)) return { ok: true };
    const errors: ContractIssue[] = [];
    for (const error of validate.errors ?? []) {
      if (error.keyword === 'if') continue;
      if (error.keyword === 'type' && (error.params as { type?: string }).type === 'null') continue;
      if (error.keyword === 'required' && this.knownAbsent(String((error.params as { missingProperty?: string }).missingProperty))) continue;
      const pointer =
        error.keyword === 'required'
          ? `${error.instancePath}/${String((error.params as { missingProperty?: string }).missingProperty)}`
          : error.instancePath;
      errors.push({
        where: 'response',
        pointer,
        keyword: error.keyword,
        message: `${match.operationId} ${input.status}: ${error.instancePath || '/'} ${error.message ?? error.keyword}`,
        drfMessage: null,
      });
    }
    return errors.length === 0 ? { ok: true } : { ok: false, errors };
  }
}

/**
 * Keys a release leaves out although its schema marks them required (from authentik's source):
 * before 2025.8 providers omit `assigned_backchannel_application_*` when no application uses them
 * as a backchannel provider.
 */
const ABSENT_BEFORE_2025_8 = new Set(['assigned_backchannel_application_slug', 'assigned_backchannel_application_name']);

/** Keep only declared properties (recursively), following refs, nullable wrappers, arrays and allOf. */
function projectValue(value: unknown, schema: unknown, schemas: Record<string, JsonObject>, depth = 0): unknown {
  if (depth > 40 || value === null || typeof value !== 'object') return value;
  const resolved = resolveSchema(schema, schemas);
  if (isObject(resolved.else) && resolved['x-nullable-ref'] === true) return projectValue(value, resolved.else, schemas, depth + 1);
  if (Array.isArray(resolved.allOf) && resolved.allOf.length === 1 && resolved.properties === undefined) {
    return projectValue(value, resolved.allOf[0], schemas, depth + 1);
  }
  if (Array.isArray(value)) {
    return resolved.items === undefined ? value : value.map((item) => projectValue(item, resolved.items, schemas, depth + 1));
  }
  const properties = isObject(resolved.properties) ? resolved.properties : null;
  if (!properties) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key in properties) out[key] = projectValue(item, properties[key], schemas, depth + 1);
    else if (resolved.additionalProperties !== undefined && resolved.additionalProperties !== false) out[key] = item;
  }
  return out;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function isGenericError(body: unknown): boolean {
  return isObject(body) && typeof body.detail === 'string';
}

/** Query strings are text: convert them the way django-filter's widgets read them. */
function coerceQueryValue(raw: string, schema: JsonObject): unknown {
  switch (schema.type) {
    case 'integer':
      return /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
    case 'number':
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    case 'boolean': {
      const lowered = raw.toLowerCase();
      // a bare flag (`?download`) counts as set
      if (lowered === 'true' || lowered === '1' || lowered === '') return true;
      if (lowered === 'false' || lowered === '0') return false;
      return raw;
    }
    default:
      return raw;
  }
}

/** django-filter's message for an invalid filter value, or null when the filter is silently skipped. */
function queryFilterMessage(schema: JsonObject, values: string[], schemas: Record<string, JsonObject>): string | null {
  const itemSchema = schema.type === 'array' ? resolveSchema(schema.items, schemas) : schema;
  const enumValues = Array.isArray(itemSchema.enum) ? itemSchema.enum : null;
  if (enumValues) {
    const bad = values.find((value) => !enumValues.includes(value)) ?? values[0] ?? '';
    return `Select a valid choice. ${bad} is not one of the available choices.`;
  }
  if (itemSchema.format === 'uuid') return 'Enter a valid UUID.';
  if (itemSchema.type === 'integer' || itemSchema.type === 'number') return 'Enter a number.';
  if (itemSchema.type === 'boolean') return null; // BooleanWidget ignores values it cannot read
  return 'Enter a valid value.';
}

function collectFormats(document: OpenApiDocument): Set<string> {
  const formats = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isObject(node)) return;
    if (typeof node.format === 'string') formats.add(node.format);
    Object.values(node).forEach(visit);
  };
  visit(document.components);
  visit(document.paths);
  return formats;
}

const instances = new Map<ReleaseId, Contract>();

/**
 * The contract of one authentik release (default: the newest, 2026.8); its schema is parsed and
 * compiled once per process. 2025.4 and 2025.6 share the 2025.6 schema (schemas/README.md).
 */
export function loadContract(release: ReleaseId = NEWEST_RELEASE): Contract {
  let instance = instances.get(release);
  if (!instance) {
    instance = new OpenApiContract(loadOpenApiDocument(release), release);
    instances.set(release, instance);
  }
  return instance;
}
