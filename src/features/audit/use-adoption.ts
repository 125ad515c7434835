/**
 * Which audited pairs the admin wants to adopt as code, and the two downloads. The export code
 * (and the Terraform schema it reads) loads only when a file is asked for, in a worker; the read and
 * the files are made once per selection, and the page stays responsive meanwhile (`npm run bench`).
 */
import { useMemo, useRef, useState } from 'react';
import type { Connection } from '../connection/connection-store';
import type { AdoptSource, Adoption } from '../wizard/export/adopt';
import type { AuditReport, AuditRow } from './run-audit';

export type AdoptFile = 'blueprint' | 'terraform';

export type AdoptionState =
  { kind: 'idle' } | { kind: 'working'; file: AdoptFile } | { kind: 'done'; adoption: Adoption } | { kind: 'failed'; error: unknown };

/** Saves text as a file: a Blob link, never a data URL in the address bar or history. */
export function saveFile(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The files, made in a worker (the page stays responsive); on the main thread where there is no Worker. */
async function makeFiles(source: AdoptSource): Promise<Adoption> {
  if (typeof Worker === 'undefined') return (await import('../wizard/export/adopt')).adopt(source);
  const worker = new Worker(new URL('./adopt-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Adoption>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ ok: true; adoption: Adoption } | { ok: false; message: string }>) =>
        event.data.ok ? resolve(event.data.adoption) : reject(new Error(event.data.message));
      worker.onerror = (event) => reject(new Error(event.message || 'The files could not be made.'));
      worker.postMessage(source);
    });
  } finally {
    worker.terminate();
  }
}

export function useAdoption(connection: Connection, report: AuditReport) {
  const adoptable = useMemo(
    () => report.rows.filter((row): row is AuditRow & { pair: NonNullable<AuditRow['pair']> } => row.pair !== undefined),
    [report],
  );
  // A selection belongs to one report: a new audit starts with nothing selected.
  const [selection, setSelection] = useState<{ report: AuditReport; keys: ReadonlySet<string> }>({ report, keys: new Set() });
  const selected = selection.report === report ? selection.keys : new Set<string>();
  const [state, setState] = useState<AdoptionState>({ kind: 'idle' });
  const made = useRef<{ key: string; adoption: Adoption } | null>(null);

  const set = (keys: ReadonlySet<string>) => setSelection({ report, keys });
  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    set(next);
  };
  const selectAll = () => set(new Set(adoptable.map((row) => row.key)));
  const selectNone = () => set(new Set());

  const download = async (file: AdoptFile) => {
    const rows = adoptable.filter((row) => selected.has(row.key));
    if (rows.length === 0) return;
    setState({ kind: 'working', file });
    try {
      const key = `${report.startedAt}|${rows.map((row) => row.key).join('\n')}`;
      let adoption = made.current?.key === key ? made.current.adoption : null;
      if (!adoption) {
        const { adoptablePairs, readForAdoption } = await import('./adopt-read');
        adoption = await makeFiles(await readForAdoption(connection.client, adoptablePairs(rows), connection.version ?? report.version));
        made.current = { key, adoption };
      }
      const stem = `authentik-adopted-${report.startedAt.slice(0, 10)}`;
      if (file === 'blueprint') saveFile(`${stem}.blueprint.yaml`, 'application/yaml', adoption.blueprint);
      else saveFile(`${stem}.tf`, 'text/plain', adoption.terraform);
      setState({ kind: 'done', adoption });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };
  return { adoptable, selected, toggle, selectAll, selectNone, download, state };
}
