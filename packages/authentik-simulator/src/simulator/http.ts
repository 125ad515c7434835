/**
 * Small HTTP helpers: reading bodies, describing responses as plain values, and building absolute
 * URLs from the request the way Django's `request.build_absolute_uri` does.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A response described as data, so it can be validated before it is written. */
export interface HttpResult {
  status: number;
  /** JSON body (serialized with `application/json`). */
  json?: unknown;
  /** Raw body with its content type (HTML pages, XML, …). */
  text?: { contentType: string; body: string };
  headers?: Record<string, string>;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): HttpResult {
  return { status, json: body, headers };
}

export function detail(status: number, message: string): HttpResult {
  return json(status, { detail: message });
}

export function html(status: number, body: string, headers?: Record<string, string>): HttpResult {
  return { status, text: { contentType: 'text/html; charset=utf-8', body }, headers };
}

export function redirect(location: string, status = 302): HttpResult {
  return { status, text: { contentType: 'text/html; charset=utf-8', body: '' }, headers: { Location: location } };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The HTML 404 page Django/authentik serves for unknown URLs (content abbreviated). */
export function notFoundPage(path: string): HttpResult {
  return html(
    404,
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Not Found - authentik</title></head>` +
      `<body><h1>Not Found</h1><p>The requested resource <code>${escapeHtml(path)}</code> was not found on this server.</p></body></html>\n`,
  );
}

/** authentik's generic error page (used by the OAuth2 views). */
export function errorPage(status: number, title: string, description: string): HttpResult {
  return html(
    status,
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} - authentik</title></head>` +
      `<body><main class="ak-error"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(description)}</p></main></body></html>\n`,
  );
}

export function writeResult(res: ServerResponse, result: HttpResult): void {
  const headers: Record<string, string> = { ...(result.headers ?? {}) };
  const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  let body = '';
  if (result.json !== undefined) {
    if (!hasContentType) headers['Content-Type'] = 'application/json';
    body = JSON.stringify(result.json);
  } else if (result.text) {
    if (!hasContentType && result.text.contentType) headers['Content-Type'] = result.text.contentType;
    body = result.text.body;
  }
  headers['Content-Length'] = String(Buffer.byteLength(body));
  res.writeHead(result.status, headers);
  res.end(body);
}

export async function readBody(req: IncomingMessage, limit = 5 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Scheme + host of the request: `Host` header and `X-Forwarded-Proto` (https only when it says so). */
export function requestOrigin(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase() === 'https' ? 'https' : 'http';
  const host = req.headers.host ?? 'localhost';
  return `${proto}://${host}`;
}

/** Client address as authentik records it (IPv4-mapped IPv6 unwrapped). */
export function clientIp(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? '';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
