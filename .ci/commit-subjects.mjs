// Commit subjects say why in at most 72 characters. Checked from the commit after which the rule
// was enforced (older subjects are history and stay as they are); skipped in a shallow clone
// that lacks that commit.
import { execFileSync } from 'node:child_process';

const SINCE = '7baf4e101cd44d581149c0acc904bd5740e9cc19';
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' });
try {
  git('cat-file', '-e', `${SINCE}^{commit}`);
} catch {
  console.log('commit subjects: the base commit is not in this clone; not checked.');
  process.exit(0);
}
const long = git('log', '--format=%h%x09%s', `${SINCE}..HEAD`)
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t'))
  .filter(([, subject]) => [...subject].length > 72);
for (const [hash, subject] of long) console.error(`${hash}: subject is ${[...subject].length} characters (at most 72): ${subject}`);
if (long.length > 0) process.exit(1);
console.log('commit subjects: all at most 72 characters.');
