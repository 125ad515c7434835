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

/** Break opportunities after the separators of addresses and identifiers, not in the middle of a word. */
export function Breakable(props: { text: string }) {
  const parts = props.text.split(/(?<=[/?&=_.,:-])(?=[^/])/);
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </span>
      ))}
    </>
  );
}

/** Plain-language rows; authentik's own name of a field as a small second label, to find it there. */
export function SummaryList(props: { items: { label: string; value: string; term?: string }[] }) {
  return (
    <dl className="facts review-facts">
      {props.items.map((item) => (
        <div key={`${item.label}:${item.term ?? ''}`} className="contents">
          <dt>
            {item.label}
            {item.term && item.term !== item.label ? <span className="term">authentik: {item.term}</span> : null}
          </dt>
          <dd>
            <code>
              <Breakable text={item.value} />
            </code>
          </dd>
        </div>
      ))}
    </dl>
  );
}
