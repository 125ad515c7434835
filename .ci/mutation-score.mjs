// Reads the Stryker report (npm run mutate) and prints one line per mutated module: killed,
// survived, no coverage, timeout and the mutation score. Fails when a module is below 85% or a
// mutant survives in the modules that decide where the token goes (URL, link and proxy guards).
import { readFileSync } from 'node:fs';

const REPORT = 'reports/mutation/mutation.json';
const MIN_SCORE = 85;
const NO_SURVIVORS = [
  'src/lib/authentik/client.ts',
  'src/lib/authentik/base-url.ts',
  'src/app/link-guard.ts',
  'src/server/proxy/request-guards.ts',
  'src/server/proxy/check-target.ts',
];

const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const rows = [];
const problems = [];
for (const [file, { mutants }] of Object.entries(report.files)) {
  const count = (status) => mutants.filter((mutant) => mutant.status === status).length;
  const [killed, survived, noCoverage, timeout] = [count('Killed'), count('Survived'), count('NoCoverage'), count('Timeout')];
  const detected = killed + timeout;
  const valid = detected + survived + noCoverage;
  const score = valid === 0 ? 100 : (100 * detected) / valid;
  rows.push({ file, killed, survived, noCoverage, timeout, score: `${score.toFixed(1)}%` });
  if (score < MIN_SCORE) problems.push(`${file}: ${score.toFixed(1)}% is below ${MIN_SCORE}%`);
  if (NO_SURVIVORS.includes(file) && survived + noCoverage > 0) problems.push(`${file}: ${survived + noCoverage} mutant(s) not killed`);
}
console.table(rows);
for (const problem of problems) console.error(problem);
process.exitCode = problems.length > 0 ? 1 : 0;
