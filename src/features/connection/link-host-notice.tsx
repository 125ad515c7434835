import { Alert } from '../../components/ui/alert';

/**
 * Shown while the authentik URL is the one a link filled in and the admin has not confirmed that
 * host in this tab: the token is sent only after they tick "I trust <host>".
 */
export function LinkHostNotice(props: { host: string; confirmed: boolean; onConfirm: (value: boolean) => void; refused: boolean }) {
  return (
    <Alert tone="warning" title={`This address came from a link: ${props.host}`} testId="link-host-notice">
      <p>
        The link you opened filled in the authentik URL. Connecting sends your API token to <strong>{props.host}</strong>. Whoever made the link chose
        that address, and an address edited from it is no safer: go on only if <strong>{props.host}</strong> is your own authentik.
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.confirmed}
          onChange={(event) => props.onConfirm(event.target.checked)}
          aria-invalid={props.refused || undefined}
        />
        <span>I trust {props.host}</span>
      </label>
      {props.refused && !props.confirmed ? (
        <p className="field-error" role="alert">
          The token was not sent. Tick “I trust {props.host}” if this is your authentik, or replace the address with your authentik’s.
        </p>
      ) : null}
    </Alert>
  );
}

/** Shown while an address that came with a link is not a usable URL yet: whatever it becomes, the host is confirmed first. */
export function LinkAddressNotice() {
  return (
    <Alert tone="warning" title="This address came from a link" testId="link-address-notice">
      <p>
        The link you opened filled in the authentik URL. Whatever you correct it to, the wizard asks you to confirm the host before your API token is
        sent there.
      </p>
    </Alert>
  );
}
