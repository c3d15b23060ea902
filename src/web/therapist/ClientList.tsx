// "Your clients": each linked client with what needs attention now, one plain line a reason,
// and a link to their read-only pages.

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
          {client.needsAttention.length === 0 ? (
            <p className="client-list__calm">Nothing needs your attention.</p>
          ) : (
            <ul
              className="client-list__attention"
              aria-label={`Needs attention: ${client.displayName}`}
            >
              {client.needsAttention.map((reason) => (
                <li key={reason.code}>{reason.message}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
