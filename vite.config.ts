import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { ReleaseId } from './src/lib/authentik/releases.ts';
import { appCatalog } from './src/server/build/app-catalog.ts';
import { firstScreens } from './src/server/build/first-screens.ts';
import { authentikProxy, wizardSecurityHeaders } from './src/server/proxy/index.ts';

// The demo authentik is the project's simulator, started lazily on a loopback port the first time
// the page asks the proxy what it offers: one per release, `GET /__wizard/proxy?release=2025.4`
// (default: the newest), each keeping its port for the life of this process
// (src/server/simulator/demo.ts). WIZARD_DEMO=0 turns it off.
async function startDemoAuthentik(release: ReleaseId) {
  if (process.env.WIZARD_DEMO === '0') return null;
  const { startDemoAuthentik: start } = await import('./src/server/simulator/demo.ts');
  // WIZARD_DEMO_PORT pins the port of the default (newest) release's demo only
  const demo = await start({ release, port: release === '2026.8' ? Number(process.env.WIZARD_DEMO_PORT ?? 0) : 0 });
  return { url: demo.url, token: demo.token, release };
}

// Both the served app (npm start) and the dev server (npm run dev) send the same strict policy
// (CSP without inline code, never framed, COOP same-origin): src/server/proxy/security-headers.ts.
export default defineConfig({
  plugins: [
    react(),
    appCatalog({ dir: fileURLToPath(new URL('./src/integrations/', import.meta.url)) }),
    wizardSecurityHeaders(),
    authentikProxy({ demo: startDemoAuthentik }),
    // After the proxy, so its preview fallback sees only what the proxy did not answer.
    firstScreens({ configFile: fileURLToPath(import.meta.url), bootstrap: fileURLToPath(new URL('./src/first-screen.ts', import.meta.url)) }),
  ],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    manifest: true,
  },
});
