import type { FixChange } from '../engine/checks/types';

/** A fix before it is applied: each setting as it is now and as the fix leaves it. */
export function FixDiff(props: { changes: readonly FixChange[] }) {
  return (
    <table className="diff-table">
      <thead>
        <tr>
          <th scope="col">Setting</th>
          <th scope="col">Now</th>
          <th scope="col">After the fix</th>
        </tr>
      </thead>
      <tbody>
        {props.changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{change.field}</th>
            <td>
              <del>
                <code>{change.before}</code>
              </del>
            </td>
            <td>
              <ins>
                <code>{change.after}</code>
              </ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
