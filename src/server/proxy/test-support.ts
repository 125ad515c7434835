/**
 * Helpers for the proxy's tests: real node:http servers on 127.0.0.1 ephemeral ports,
 * and a raw HTTP client that can send any Host, path and header (fetch cannot).
 */
import http from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProxyMiddleware } from './middleware.ts';
import type { ProxyOptions } from './middleware.ts';

export interface RunningServer {
  server: http.Server;
  port: number;
  /** http://127.0.0.1:<port> */
  url: string;
  close: () => Promise<void>;
}

export async function listen(handler: RequestListener, host = '127.0.0.1'): Promise<RunningServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FakeAuthentik extends RunningServer {
  seen: SeenRequest[];
}

type FakeHandler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A fake authentik that records what it receives and answers through `handler`. */
export async function fakeAuthentik(handler: FakeHandler): Promise<FakeAuthentik> {
  const seen: SeenRequest[] = [];
  const running = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  return { ...running, seen };
}

export function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(value));
}

export interface ProxyUnderTest extends RunningServer {
  lines: string[];
  /** Host header value the proxy accepts by default: 127.0.0.1:<port>. */
  host: string;
  origin: string;
}

/** Runs the proxy middleware in a plain node:http server; `next()` answers "app". */
export async function startProxy(opts: Omit<ProxyOptions, 'log'> = {}): Promise<ProxyUnderTest> {
  const lines: string[] = [];
  // The middleware needs the port, which is known only once the server listens.
  const holder: { middleware?: ReturnType<typeof createProxyMiddleware> } = {};
  const running = await listen((req, res) => {
    if (holder.middleware === undefined) throw new Error('proxy not ready');
    holder.middleware(req, res, () => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('app');
    });
  });
  holder.middleware = createProxyMiddleware({ ...opts, port: running.port, log: (line) => lines.push(line) });
  const host = `127.0.0.1:${running.port}`;
  return { ...running, lines, host, origin: `http://${host}` };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: () => unknown;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in chunks without Content-Length. */
  chunked?: boolean;
}

/** Sends a request exactly as given (Host, path, headers) and reads the whole answer. */
export function send(port: number, path: string, request: RawRequest = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // An empty host means "send no Host header at all".
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...request.headers };
    if (headers.host === '') delete headers.host;
    const req = http.request({ host: '127.0.0.1', port, path, method: request.method ?? 'GET', headers, agent: false, setHost: false });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (request.body !== undefined) {
      if (request.chunked === true) {
        const body = Buffer.from(request.body);
        for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
      } else {
        req.setHeader('content-length', Buffer.byteLength(request.body));
        req.write(request.body);
      }
    }
    req.end();
  });
}

/** The headers a same-origin fetch from the wizard page carries. */
export function fromWizardPage(proxy: ProxyUnderTest, base: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    host: proxy.host,
    'sec-fetch-site': 'same-origin',
    'x-authentik-base': base,
    ...extra,
  };
}

export function accessControlHeaders(headers: IncomingHttpHeaders): string[] {
  return Object.keys(headers).filter((name) => name.toLowerCase().startsWith('access-control-'));
}

export function errorOf(response: RawResponse): { code: string; message: string; cause?: string } {
  const body = response.json() as { wizard_proxy_error?: { code: string; message: string; cause?: string } };
  if (body.wizard_proxy_error === undefined) throw new Error(`not a proxy error: ${response.text}`);
  return body.wizard_proxy_error;
}
