import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        This address is not part of the wizard. <Link to="/">Start from the list of apps</Link>.
      </p>
    </section>
  );
}
