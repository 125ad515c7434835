/**
 * The demo authentik of `npm start` / `npm run dev`: the simulator on a loopback port that stays
 * the same for the life of the process. Vite re-evaluates its config when the dev server restarts,
 * and a stopped demo is started again on first use; either way the admin's tab (whose address bar
 * and cached answers name http://127.0.0.1:<port>) keeps pointing at the demo.
 */
import { createSimulator, DEMO_TOKEN } from './index.ts';

export interface DemoAuthentik {
  url: string;
  token: string;
  port: number;
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

function processState(): DemoProcessState {
  const holder = globalThis as typeof globalThis & { [STATE_KEY]?: DemoProcessState };
  holder[STATE_KEY] ??= { port: null, running: null, starting: null };
  return holder[STATE_KEY];
}

/**
 * Starts the demo, or returns the one already running in this process. `port` (WIZARD_DEMO_PORT)
 * is used only for the first start; 0 or absent means any free port.
 */
export async function startDemoAuthentik(options: { port?: number; createSimulator?: typeof createSimulator } = {}): Promise<DemoAuthentik> {
  const state = processState();
  if (state.running === null) {
    state.starting ??= (async () => {
      const simulator = (options.createSimulator ?? createSimulator)({ log: () => undefined });
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
  return { url: running.url, token: DEMO_TOKEN, port: running.port };
}

/** Stops the demo (a restart later uses the same port). */
export async function stopDemoAuthentik(): Promise<void> {
  await processState().running?.close();
}
