import { describe, expect, it } from 'vitest';
import type { ReleaseId } from '../../lib/authentik/releases.ts';
import { errorOf, send, startProxy } from './test-support.ts';

describe('the page can ask for the demo authentik of one release', () => {
  it('starts one demo per release, once each; no parameter is the newest release', async () => {
    const started: ReleaseId[] = [];
    const proxy = await startProxy({
      demo: (release) => {
        started.push(release);
        return Promise.resolve({ url: `http://127.0.0.1:${9000 + started.length}`, token: 'demo-token', release });
      },
    });
    try {
      const ask = (query: string) => send(proxy.port, `/__wizard/proxy${query}`, { headers: { host: proxy.host } });
      const old = await ask('?release=2025.4');
      expect(old.status).toBe(200);
      expect(old.json()).toMatchObject({ demo: { release: '2025.4', token: 'demo-token', label: 'Demo authentik (simulated)' } });
      const again = await ask('?release=2025.4');
      expect(again.json()).toEqual(old.json());
      const newest = await ask('');
      expect(newest.json()).toMatchObject({ demo: { release: '2026.8' } });
      expect((await ask('?release=2026.8')).json()).toEqual(newest.json());
      expect(started).toEqual(['2025.4', '2026.8']);
    } finally {
      await proxy.close();
    }
  });

  it('refuses a release it cannot simulate, and says which it can', async () => {
    const proxy = await startProxy({ demo: () => Promise.resolve({ url: 'http://127.0.0.1:9100', token: 't' }) });
    try {
      for (const release of ['2024.12', '2025.10.4', 'latest']) {
        const res = await send(proxy.port, `/__wizard/proxy?release=${release}`, { headers: { host: proxy.host } });
        expect(res.status).toBe(400);
        expect(errorOf(res).code).toBe('demo_release_unknown');
        expect(errorOf(res).message).toContain('2025.4, 2025.6, 2025.8, 2025.10, 2025.12, 2026.2, 2026.5, 2026.8');
      }
    } finally {
      await proxy.close();
    }
  });
});
