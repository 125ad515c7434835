/**
 * The verification contract: a check reads the pair (and whatever authentik serves about it) and
 * says whether a login through the target app can work. Checks are generic; an integration picks
 * the ones it needs and gives them its own parameters.
 */
import type { AuthentikClient } from '../../../../lib/authentik/client';
import type { CreatedPair } from '../types';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown';

export interface FixChange {
  field: string;
  before: string;
  after: string;
}

/** A one-click repair: a PATCH of the provider, shown to the admin as a before → after diff first. */
export interface CheckFix {
  label: string;
  describe: FixChange[];
  /** The PATCH body, in the fields of the connected release. */
  patch: Record<string, unknown>;
}

export interface CheckResult {
  status: CheckStatus;
  expected?: string;
  actual?: string;
  detail?: string;
  fix?: CheckFix;
}

/** The connected user, as far as checks need it. */
export interface CheckUser {
  pk: number;
  is_superuser: boolean;
  username?: string;
  email?: string;
}

export interface CheckContext {
  pair: CreatedPair;
  client: AuthentikClient;
  user: CheckUser;
  signal: AbortSignal;
  /**
   * Loads something once per verification round and shares it between checks (e.g. the SAML
   * metadata two checks read). The key must describe the request completely.
   */
  shared: <T>(key: string, load: () => Promise<T>) => Promise<T>;
}

export interface Check {
  id: string;
  title: string;
  /** One sentence: what breaks if this check fails. */
  why: string;
  run: (ctx: CheckContext) => Promise<CheckResult>;
  /** Present when the check needs only the pair (see pairCheck). */
  evaluate?: (pair: CreatedPair) => CheckResult;
  /** Provider fields the check judges; a round trip that fills them silences it until done. */
  fields?: readonly string[];
  /** 'instance': the result depends on the authentik instance only (an audit runs it once). */
  scope?: 'instance';
}

/** Lets an integration word a generic check in its own terms. */
export interface CheckText {
  title?: string;
  why?: string;
}

/**
 * A check that reads nothing but the pair. It also runs synchronously on the configuration
 * screen, whose warnings are these checks' failures (never restated text).
 */
export function pairCheck(check: Omit<Check, 'run' | 'evaluate'> & { evaluate: (pair: CreatedPair) => CheckResult }): Check {
  return { ...check, run: async ({ pair }) => check.evaluate(pair) };
}
