/**
 * The demo authentik of `npm start` / `npm run dev`: the simulator on a loopback port that stays
 * the same for the life of the process. Vite re-evaluates its config when the dev server restarts,
 * and a stopped demo is started again on first use; either way the admin's tab (whose address bar
 * and cached answers name http://127.0.0.1:<port>) keeps pointing at the demo.
 */
// By path, not by package name: vite.config.ts loads this with Node, which cannot load the
// workspace package's TypeScript sources through node_modules.
import { createSimulator, DEMO_TOKEN } from '../../../packages/authentik-simulator/src/simulator/index.ts';
import type { ReleaseId } from '../../lib/authentik/releases.ts';

export interface DemoAuthentik {
  url: string;
  token: string;
  port: number;
  release: ReleaseId;
}

interface Running {
  url: string;
  port: number;
  close(): Promise<void>;
}

interface DemoProcessState {
  /** The port the first start got; every later start uses it again. */
  port: number | null;
  running: Running | null;
  starting: Promise<Running> | null;
}

// Kept on globalThis because Vite loads a fresh copy of vite.config.ts (and this module) on restart.
const STATE_KEY = Symbol.for('authentik-wizard.demo-authentik');

/** One demo per release, each keeping its port. */
function processState(release: ReleaseId): DemoProcessState {
  const holder = globalThis as typeof globalThis & { [STATE_KEY]?: Map<ReleaseId, DemoProcessState> };
  holder[STATE_KEY] ??= new Map();
  let state = holder[STATE_KEY].get(release);
  if (!state) {
    state = { port: null, running: null, starting: null };
    holder[STATE_KEY].set(release, state);
  }
  return state;
}

/**
 * Starts the demo, or returns the one already running in this process. `port` (WIZARD_DEMO_PORT)
 * is used only for the first start; 0 or absent means any free port.
 */
export async function startDemoAuthentik(options: { port?: number; release?: ReleaseId; createSimulator?: typeof createSimulator } = {}): Promise<DemoAuthentik> {
  const release = options.release ?? '2026.8';
  const state = processState(release);
  if (state.running === null) {
    state.starting ??= (async () => {
      const simulator = (options.createSimulator ?? createSimulator)({ release, log: () => undefined });
      const port = state.port ?? options.port ?? 0;
      let listening: Awaited<ReturnType<typeof simulator.listen>>;
      try {
        listening = await simulator.listen(port);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        throw new Error(
          code === 'EADDRINUSE'
            ? `port ${port} of the demo authentik is taken by another program; stop it, or restart the wizard to get a new demo port`
            : `the demo authentik could not listen on port ${port}: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      state.port = listening.port;
      const running: Running = {
        url: listening.url,
        port: listening.port,
        close: async () => {
          if (state.running === running) state.running = null;
          await listening.close();
        },
      };
      state.running = running;
      return running;
    })().finally(() => {
      state.starting = null;
    });
    await state.starting;
  }
  const running = state.running ?? (await state.starting);
  if (running === null) throw new Error('the demo authentik stopped while it was starting');
  return { url: running.url, token: DEMO_TOKEN, port: running.port, release };
}

/** Stops a release's demo (a restart later uses the same port). */
export async function stopDemoAuthentik(release: ReleaseId = '2026.8'): Promise<void> {
  await processState(release).running?.close();
}
