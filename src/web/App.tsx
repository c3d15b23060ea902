// The app frame: a skip link, the header, the current screen, and a plain footer note.
import { AccountStatus } from './account/AccountStatus.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { Link, useFocusOnNavigate, usePath } from './router.js';
import { findRoute } from './routes.js';

function screenFor(path: string) {
  const found = findRoute(path);
  return found ? found.route.render(found.params) : <NotFoundPage />;
}

export function App() {
  const path = usePath();
  useFocusOnNavigate(path);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          Unknot
        </Link>
        <AccountStatus />
      </header>
      <main id="main">{screenFor(path)}</main>
      <footer className="app-footer">
        <p>Self-care guidance, not a diagnosis. Your data stays on the server you run.</p>
      </footer>
    </>
  );
}
