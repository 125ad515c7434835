/** The fixes a finished audit offers, which of them the admin selected, and how applying each went. */
import { useCallback, useMemo, useState } from 'react';
import { announce } from '../../components/ui/announcer';
import { createAuthentikClient } from '../../lib/authentik/client';
import type { Connection } from '../connection/connection-store';
import { applyFixes, fixCandidates, type FixCandidate, type FixOutcome } from './fixes';
import type { AuditReport } from './run-audit';
import { MAX_IN_FLIGHT } from './use-audit-run';

export function useFixSelection(connection: Connection, report: AuditReport | null) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [reviewing, setReviewing] = useState(false);
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, FixOutcome>>(new Map());
  // Fixes found outside the checks (a row compared with its SP metadata), per row; a new comparison replaces the row's.
  const [found, setFound] = useState<ReadonlyMap<string, FixCandidate[]>>(new Map());
  const candidates = useMemo(() => [...(report ? fixCandidates(report) : []), ...[...found.values()].flat()], [report, found]);
  // A fix the token may not send can never be chosen, whatever the selection says.
  const chosen = candidates.filter((candidate) => selected.has(candidate.id) && !candidate.missing);
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const apply = async () => {
    const client = createAuthentikClient(connection.client.target, { maxInFlight: MAX_IN_FLIGHT });
    const results = await applyFixes(client, chosen, (id, outcome) => setOutcomes((current) => new Map(current).set(id, outcome)));
    const failed = [...results.values()].filter((outcome) => !outcome.ok).length;
    announce(failed === 0 ? `Applied ${results.size} fixes. Audit again to confirm.` : `${results.size - failed} fixes applied, ${failed} failed.`);
  };
  /**
   * The fixes a comparison of this row found, in place of those of its previous comparison: one
   * found again stays selected, one no longer found is no longer selected; earlier outcomes go.
   */
  const offer = (rowKey: string, fixes: FixCandidate[]) => {
    const previous = found.get(rowKey) ?? [];
    const stale = (id: string) => previous.some((fix) => fix.id === id);
    const gone = (id: string) => stale(id) && !fixes.some((fix) => fix.id === id);
    setSelected((current) => new Set([...current].filter((id) => !gone(id))));
    setOutcomes((current) => new Map([...current].filter(([id]) => !stale(id))));
    setFound((current) => new Map(current).set(rowKey, fixes));
  };
  /** A row checked again as another app: its earlier fixes are no longer the ones on screen. */
  const unselectRow = useCallback((key: string) => setSelected((current) => new Set([...current].filter((id) => !id.startsWith(`${key}:`)))), []);
  /** A new run starts with nothing selected and nothing applied. */
  const clear = () => {
    setSelected(new Set());
    setOutcomes(new Map());
    setFound(new Map());
  };
  return { candidates, selected, chosen, outcomes, reviewing, setReviewing, toggle, apply, clear, offer, unselectRow };
}
