import { Link } from 'react-router';

export function HomePage() {
  return (
    <section className="page">
      <h1>Connect an app to authentik</h1>
      <p className="lead">Pick the app, type what is specific to your setup, and the wizard creates the application and provider in one step.</p>
      <p>
        <Link to="/connect">Connect to your authentik</Link>
      </p>
    </section>
  );
}
