import { assetUrl } from '../../lib/asset-url';
import { Link } from 'react-router';
import { useIntegrations } from '../wizard/engine/registry-context';

export function CatalogPage() {
  const integrations = useIntegrations();
  return (
    <section className="page">
      <h1>Connect an app to authentik</h1>
      <p className="lead">Pick the app. You type only what is specific to your setup; the wizard creates the application and its provider in one step and tells you what to enter in the app.</p>
      <ul className="catalog" aria-label="Apps">
        {integrations.map((integration) => (
          <li key={integration.id}>
            <Link className="card catalog-card" to={`/${integration.id}`}>
              <header>
                <img src={assetUrl(integration.logo)} alt="" />
                <div>
                  <h2>{integration.name}</h2>
                  <span className="badge">{integration.protocol === 'saml' ? 'SAML 2.0' : 'OpenID Connect'}</span>
                </div>
              </header>
              <span className="muted">{integration.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="muted">
        Only checking a connection? <Link to="/connect">Connect to your authentik</Link>.
      </p>
    </section>
  );
}
