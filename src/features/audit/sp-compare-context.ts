/** What the "Compare with SP metadata" action of a SAML row needs from the audit page: the connection and the shared fix selection. */
import { createContext } from 'react';
import type { Connection } from '../connection/connection-store';
import type { FixCandidate, FixOutcome } from './fixes';
import type { WritePermissions } from './write-permissions';

export interface SpCompareActions {
  connection: Connection;
  host: string;
  permissions: WritePermissions;
  selected: ReadonlySet<string>;
  chosen: FixCandidate[];
  outcomes: ReadonlyMap<string, FixOutcome>;
  toggle: (id: string) => void;
  /** The fixes a comparison of this row found, in place of its previous ones. */
  offer: (rowKey: string, fixes: FixCandidate[]) => void;
  /** Opens the audit's fix review. */
  review: () => void;
  /** The metadata last compared, per row, kept while the page is open (metadata holds no secret). */
  remembered: Map<string, string>;
}

export const SpCompareContext = createContext<SpCompareActions | null>(null);
