/**
 * Running checks: a check that throws becomes "could not check" with the failure explained, and
 * a verification round shares expensive reads between its checks.
 */
import { explainProblem } from '../../../../lib/authentik/problem-messages';
import { isApiError } from '../../../../lib/authentik/problem';
import type { Check, CheckContext, CheckResult, CheckStatus } from '../../model/checks/types';

/** The result of a check that could not finish, in words the admin can act on. */
export function unknownResult(error: unknown, host: string): CheckResult {
  if (isApiError(error)) {
    const explained = explainProblem(error.problem, host);
    return { status: 'unknown', detail: `${explained.title}. ${explained.detail} What to do: ${explained.action}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 'unknown', detail: message };
}

export async function runCheck(check: Check, ctx: CheckContext, host: string): Promise<CheckResult> {
  try {
    return await check.run(ctx);
  } catch (error) {
    return unknownResult(error, host);
  }
}

/** A per-round memo: the first caller of a key loads it, later callers share the promise. */
export function createShared(): CheckContext['shared'] {
  const loaded = new Map<string, Promise<unknown>>();
  return <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let promise = loaded.get(key) as Promise<T> | undefined;
    if (!promise) {
      promise = load();
      loaded.set(key, promise);
    }
    return promise;
  };
}

export interface CheckSummary {
  total: number;
  done: number;
  pass: number;
  warn: number;
  fail: number;
  unknown: number;
}

export function summarize(total: number, results: readonly (CheckResult | undefined)[]): CheckSummary {
  const summary: CheckSummary = { total, done: 0, pass: 0, warn: 0, fail: 0, unknown: 0 };
  for (const result of results) {
    if (!result) continue;
    summary.done += 1;
    summary[result.status] += 1;
  }
  return summary;
}

export const STATUS_LABEL: Record<CheckStatus, string> = {
  pass: 'Passed',
  warn: 'Warning',
  fail: 'Failed',
  unknown: 'Could not check',
};

/** "8 passed, 1 warning, 1 failed, 0 could not check" */
export function summaryText(summary: CheckSummary): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [`${summary.pass} passed`, plural(summary.warn, 'warning', 'warnings'), `${summary.fail} failed`, `${summary.unknown} could not check`].join(
    ', ',
  );
}
