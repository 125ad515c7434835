/**
 * The browser's catalog (registry.ts, from the modules the build writes) and the Node listing
 * (load-all.support.ts) are the same apps in the same order with the same metadata; the first
 * page carries no summary, which arrives with the definitions' chunk.
 */
import { describe, expect, it } from 'vitest';
import { nodeCatalog } from './load-all.support';
import { catalog } from './registry';

describe('the compact catalog the build writes', () => {
  it('lists every app folder, most popular first, with its meta.ts', async () => {
    const node = await nodeCatalog();
    expect(catalog.map((entry) => entry.id)).toEqual(node.map((entry) => entry.id));
    for (const [index, entry] of catalog.entries()) {
      const { load: _load, summary, ...meta } = node[index]!;
      expect(entry).toMatchObject(meta);
      expect(entry.summary).toBeUndefined();
      expect(await entry.loadSummary!()).toBe(summary);
    }
  });

  it('loads an app’s definition, with its summary, only when asked', async () => {
    const node = await nodeCatalog();
    for (const entry of [catalog[0]!, catalog.at(-1)!]) {
      const loaded = await entry.load();
      const expected = await node.find((candidate) => candidate.id === entry.id)!.load();
      expect(loaded.default).toEqual(expected.default);
      expect(loaded.summary).toBe(node.find((candidate) => candidate.id === entry.id)!.summary);
    }
  });
});
