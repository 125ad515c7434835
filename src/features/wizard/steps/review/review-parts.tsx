/** Small pieces of the review screen: the permission list, the request summary. */
import { Alert } from '../../../../components/ui/alert';

export function PermissionList(props: { title: string; permissions: string[]; detail?: string; testId?: string; children?: React.ReactNode }) {
  return (
    <Alert tone="warning" title={props.title} testId={props.testId}>
      {props.detail ? <p>authentik said: “{props.detail}”</p> : null}
      <p>Creating an application with its provider needs these permissions; authentik refuses the request without them:</p>
      <ul>
        {props.permissions.map((permission) => (
          <li key={permission}>
            <code>{permission}</code>
          </li>
        ))}
      </ul>
      <p>Grant them to a role of this user in authentik (Directory › Roles), or connect with a superuser’s token.</p>
      {props.children ? <div className="actions">{props.children}</div> : null}
    </Alert>
  );
}

export function SummaryList(props: { items: { label: string; value: string }[] }) {
  return (
    <dl className="facts">
      {props.items.map((item) => (
        <div key={item.label} className="contents">
          <dt>{item.label}</dt>
          <dd>
            <code>{item.value}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}
