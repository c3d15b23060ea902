// The app frame: a skip link, the header, the current screen, and a plain footer note.
// Screens load on their first visit (routes.tsx), so the screen sits in Suspense, and focus
// moves to its heading once it has arrived.
import { Suspense } from 'react';
import { AccountStatus } from './account/AccountStatus.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { Link, useFocusOnNavigate, usePath } from './router.js';
import { findRoute } from './routes.js';

function screenFor(path: string) {
  const found = findRoute(path);
  return found ? found.route.render(found.params) : <NotFoundPage />;
}

/** Rendered beside the screen, so its effect runs only once the screen's code has loaded. */
function ScreenShown({ path }: { readonly path: string }) {
  useFocusOnNavigate(path);
  return null;
}

export function App() {
  const path = usePath();
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
      <main id="main">
        <Suspense
          fallback={
            <p role="status" data-screen-loading="">
              Loading…
            </p>
          }
        >
          {screenFor(path)}
          <ScreenShown path={path} />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>Self-care guidance, not a diagnosis. Your data stays on the server you run.</p>
      </footer>
    </>
  );
}
