// Shown for an address the app does not know, with a way back.
import { Link } from '../router.js';

export function NotFoundPage() {
  return (
    <section className="page" aria-labelledby="nf-title">
      <h1 id="nf-title">Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link href="/" className="button">
          Go to the start
        </Link>
      </p>
    </section>
  );
}
