import type { Server } from 'node:net';
import type { Connect, Plugin } from 'vite';
import { createProxyHandler } from './middleware.ts';
import type { DemoStarter, ProxyOptions } from './middleware.ts';
import { defaultAllowedHosts } from './request-guards.ts';

export type AuthentikProxyOptions = Omit<ProxyOptions, 'demo'> & {
  /** A function that starts the demo of a release on first use; `false`/absent: no demo. */
  demo?: boolean | DemoStarter;
};

/** True for addresses only reachable from this computer (127.0.0.0/8, ::1). */
export function isLoopbackAddress(address: string): boolean {
  const plain = address.toLowerCase().replace(/^::ffff:/, '');
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

/** The warning printed when the wizard listens where other computers can reach it. */
export function exposedWarning(address: string, port: number): string {
  const bar = '!'.repeat(78);
  return [
    bar,
    `!! The authentik wizard is listening on ${address}:${port}, which other computers can reach.`,
    '!! The wizard and its authentik proxy are meant for this computer only (host 127.0.0.1).',
    '!! The proxy still refuses requests whose Host is not a loopback address, but restart',
    '!! with --host 127.0.0.1 unless you know exactly why you need this.',
    bar,
  ].join('\n');
}

/** Host names (no port, no IPv6 brackets) of Host header values like "wizard.internal:8080". */
export function hostNames(hosts: readonly string[]): string[] {
  const names = hosts.map((host) => host.trim().toLowerCase().replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1'));
  return [...new Set(names.filter((name) => name !== ''))];
}

interface Attachable {
  httpServer: Server | null;
  middlewares: Connect.Server;
  warn: (message: string) => void;
}

/**
 * Vite plugin that mounts the authentik proxy on the dev server (`vite`) and on the
 * preview server (`vite preview`, used by `npm start`).
 */
export function authentikProxy(opts: AuthentikProxyOptions = {}): Plugin {
  const { demo, ...rest } = opts;

  function attach({ httpServer, middlewares, warn }: Attachable): void {
    if (demo === true) {
      warn('[wizard-proxy] demo: true was given without a function that starts the demo; no demo is offered.');
    }
    const proxyOptions: ProxyOptions = {
      ...rest,
      demo: typeof demo === 'function' ? demo : false,
    };
    let allowedHosts: readonly string[] = rest.allowedHosts ?? [];
    const onListening = (): void => {
      const address = httpServer?.address();
      if (address === null || address === undefined || typeof address === 'string') return;
      allowedHosts = rest.allowedHosts ?? defaultAllowedHosts(address.port);
      if (!isLoopbackAddress(address.address)) warn(exposedWarning(address.address, address.port));
    };
    if (httpServer === null) {
      if (rest.allowedHosts === undefined) {
        warn('[wizard-proxy] Vite runs without its own HTTP server (middleware mode); pass allowedHosts to authentikProxy() or every proxy request is refused.');
      }
    } else if (httpServer.listening) {
      onListening();
    } else {
      httpServer.on('listening', onListening);
    }
    middlewares.use(createProxyHandler(proxyOptions, () => allowedHosts));
  }

  const warnWith =
    (fallback: (message: string) => void) =>
    (message: string): void =>
      (rest.log ?? fallback)(message);

  return {
    name: 'authentik-wizard-proxy',
    // Vite's own CORS middleware runs before plugin middlewares and would answer preflights
    // from other local origins (http://localhost:3000, ...) with 204 + Access-Control-*.
    // The wizard is same-origin only, so CORS is switched off for dev and preview.
    // Extra allowed hosts must also pass Vite's own host check, which runs first.
    config() {
      const names = hostNames(rest.allowedHosts ?? []);
      return names.length === 0
        ? { server: { cors: false }, preview: { cors: false } }
        : { server: { cors: false, allowedHosts: names }, preview: { cors: false, allowedHosts: names } };
    },
    configResolved(config) {
      if (config.server.cors !== false || config.preview.cors !== false) {
        (rest.log ?? ((m: string) => config.logger.warn(m)))(
          '[wizard-proxy] Vite CORS is still enabled by another plugin; the proxy strips Access-Control-* headers from its own answers, but other routes may grant cross-origin access.',
        );
      }
    },
    configureServer(server) {
      attach({
        httpServer: server.httpServer as Server | null,
        middlewares: server.middlewares,
        warn: warnWith((m) => server.config.logger.warn(m)),
      });
    },
    configurePreviewServer(server) {
      attach({
        httpServer: server.httpServer as Server,
        middlewares: server.middlewares,
        warn: warnWith((m) => server.config.logger.warn(m)),
      });
    },
  };
}
