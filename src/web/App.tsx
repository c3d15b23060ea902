// The app frame: a skip link, the header, the current screen, and a plain footer note.
import { HomePage } from './pages/HomePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { Link, useFocusOnNavigate, usePath } from './router.js';

function screenFor(path: string) {
  switch (path) {
    case '/':
      return <HomePage />;
    default:
      return <NotFoundPage />;
  }
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
      </header>
      <main id="main">{screenFor(path)}</main>
      <footer className="app-footer">
        <p>Self-care guidance, not a diagnosis. Your data stays on the server you run.</p>
      </footer>
    </>
  );
}
