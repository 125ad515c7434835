import { useSearchParams } from 'react-router';
import { CopyButton } from '../../../components/ui/copy-button';
import { useConnection } from '../../connection/connection-store';
import { buildShareLink } from '../engine/share-link';
import type { IntegrationDefinition } from '../engine/types';

/** Copies a link to this screen with every non-secret value; never the token or a client secret. */
export function ShareLinkButton(props: { definition: IntegrationDefinition }) {
  const [params] = useSearchParams();
  const connection = useConnection();
  // No window while the build writes the first screens (src/app/prerender.tsx): no link there.
  const link =
    typeof window === 'undefined'
      ? ''
      : buildShareLink(window.location.origin, window.location.pathname, props.definition, params, connection?.client.target.base);
  return (
    <span className="share-link">
      <CopyButton value={link} label="share link" text="Copy share link" className="button-secondary button-small" />
      <span className="muted small">Prefills this screen for a colleague; holds no token or secret.</span>
    </span>
  );
}
