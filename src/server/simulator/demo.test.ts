import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator } from './index.ts';
import { startDemoAuthentik, stopDemoAuthentik } from './demo.ts';

afterEach(async () => {
  await stopDemoAuthentik();
});

async function whoAmI(url: string, token: string): Promise<number> {
  const response = await fetch(`${url}/api/v3/core/users/me/`, { headers: { Authorization: `Bearer ${token}` } });
  return response.status;
}

describe('the demo authentik keeps its address for the life of the wizard process', () => {
  it('starting it again (a Vite restart loads the config anew) gives the same running demo', async () => {
    const [first, second] = await Promise.all([startDemoAuthentik(), startDemoAuthentik()]);
    expect(second.url).toBe(first.url);
    expect(await startDemoAuthentik()).toEqual(first);
    expect(await whoAmI(first.url, first.token)).toBe(200);
  });

  it('a demo that was stopped comes back on the same port, so the open tab still reaches it', async () => {
    const before = await startDemoAuthentik();
    await stopDemoAuthentik();
    await expect(fetch(`${before.url}/api/v3/core/users/me/`)).rejects.toThrow();
    const after = await startDemoAuthentik({ port: 0 });
    expect(after.port).toBe(before.port);
    expect(after.url).toBe(before.url);
    expect(await whoAmI(after.url, after.token)).toBe(200);
  });

  it('when another program took the port meanwhile, the error says what to do', async () => {
    const before = await startDemoAuthentik();
    await stopDemoAuthentik();
    const squatter = await createSimulator().listen(before.port);
    try {
      await expect(startDemoAuthentik()).rejects.toThrow(`port ${before.port} of the demo authentik is taken by another program; stop it, or restart the wizard`);
    } finally {
      await squatter.close();
    }
    expect((await startDemoAuthentik()).port).toBe(before.port);
  });
});
