/**
 * Shared end-to-end fixtures: every worker runs its own authentik simulator on a loopback port,
 * reset before each test; the built app reaches it through the local proxy, as an admin's
 * browser would reach a real authentik.
 */
import { test as base, expect } from '@playwright/test';
import { createSimulator, type Simulator } from '../../src/server/simulator';

interface WorkerFixtures {
  simulatorServer: { simulator: Simulator; url: string };
}
interface TestFixtures {
  simulator: Simulator;
  authentikUrl: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  simulatorServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const simulator = createSimulator({ validateResponses: true });
      const listening = await simulator.listen(0);
      await use({ simulator, url: listening.url });
      await listening.close();
    },
    { scope: 'worker' },
  ],
  simulator: async ({ simulatorServer }, use) => {
    simulatorServer.simulator.reset();
    simulatorServer.simulator.faults.clear();
    const before = simulatorServer.simulator.violations.length;
    await use(simulatorServer.simulator);
    // The contract: nothing the app sent, and nothing the simulator answered, strays from schema.yml.
    expect(simulatorServer.simulator.violations.slice(before), 'requests and responses outside the official schema').toEqual([]);
  },
  authentikUrl: async ({ simulatorServer }, use) => {
    await use(simulatorServer.url);
  },
});

export { expect };
