// "Your clients", who needs attention first (the server's order): each linked client with the
// one most urgent reason as a plain line, any others folded under it, and a link to their pages.

import type { ClientList as ClientListAnswer } from '../../core/contracts/therapists.js';
import { Link } from '../router.js';

type Client = ClientListAnswer['items'][number];

import { clientPath } from './therapist-paths.js';

export function ClientList({ clients }: { readonly clients: readonly Client[] }) {
  if (clients.length === 0) {
    return (
      <p>
        No clients yet. Make an invitation below and give it to your client. They see exactly what
        you would see, and decide.
      </p>
    );
  }
  return (
    <ul className="client-list">
      {clients.map((client) => (
        <li key={client.clientId} className="client-list__item">
          <h3 className="client-list__name">
            <Link href={clientPath(client.clientId)}>{client.displayName}</Link>
          </h3>
          {client.reason === null || client.needsAttention.length === 0 ? (
            <p className="client-list__calm">Nothing needs your attention.</p>
          ) : (
            <>
              <p className="client-list__reason">{client.reason}</p>
              {client.needsAttention.length > 1 ? (
                <details className="client-list__more">
                  <summary>
                    {client.needsAttention.length - 1} more{' '}
                    <span className="visually-hidden">for {client.displayName}</span>
                  </summary>
                  <ul
                    className="client-list__attention"
                    aria-label={`Needs attention: ${client.displayName}`}
                  >
                    {client.needsAttention
                      .filter((reason) => reason.message !== client.reason)
                      .map((reason) => (
                        <li key={reason.code}>{reason.message}</li>
                      ))}
                  </ul>
                </details>
              ) : null}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
