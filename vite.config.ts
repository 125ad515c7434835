import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { NEWEST_RELEASE, type ReleaseId } from './src/lib/authentik/releases.ts';
import { authentikProxy } from './src/server/proxy/index.ts';

// The demo authentik is the project's simulator, started lazily on a loopback port the first time
// the page asks the proxy what it offers: one per release, `GET /__wizard/proxy?release=2025.4`
// (default: the newest). WIZARD_DEMO=0 turns it off.
async function startDemoAuthentik(release: ReleaseId) {
  if (process.env.WIZARD_DEMO === '0') return null;
  // By path, not by package name: Vite bundles the config and leaves node_modules (and so the
  // workspace link) to Node, which cannot load the package's TypeScript sources itself.
  const { createSimulator, DEMO_TOKEN } = await import('./packages/authentik-simulator/src/simulator/index.ts');
  const simulator = createSimulator({ release, log: () => undefined });
  // WIZARD_DEMO_PORT pins the port of the default (newest) release's demo only
  const port = release === NEWEST_RELEASE ? Number(process.env.WIZARD_DEMO_PORT ?? 0) : 0;
  const listening = await simulator.listen(port);
  return { url: listening.url, token: DEMO_TOKEN, release };
}

// The served app (npm start) runs under a strict policy: no inline script or style, and network
// access only to its own origin (the local proxy). Dev mode needs React's inline refresh preamble,
// so only the preview server sends it. Static deployments set their own (docs/deployment.md).
const SECURITY_HEADERS = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

export default defineConfig({
  plugins: [react(), authentikProxy({ demo: startDemoAuthentik })],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false, headers: SECURITY_HEADERS },
  build: { target: 'es2022', sourcemap: false, reportCompressedSize: false },
});
