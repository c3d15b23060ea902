// The running server's backup channel: a Unix socket in a private folder inside DATA_DIR, so
// only the account that can read the data folder can ask for a copy of it. `npm run backup`
// connects, writes `backup`, and gets a JSON line ({ok, bytes} or {ok: false, message})
// followed by the dump. The server keeps serving; PGlite pauses between two statements for
// as long as the copy takes.
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';

/** Linux's limit for a socket path is 108 bytes with the final NUL; macOS's is 104. */
const maxSocketPath = 103;

export const controlSocketPath = (dataDir: string): string =>
  join(dataDir, 'control', 'backup.sock');

export const socketPathTooLong = (dataDir: string): boolean =>
  Buffer.byteLength(controlSocketPath(dataDir)) > maxSocketPath;

export interface ControlChannel {
  close(): Promise<void>;
}

/** Listens for backup requests; `dump` makes the copy. Null when DATA_DIR's path is too long. */
export async function serveControlSocket(
  dataDir: string,
  dump: () => Promise<Uint8Array>,
  onError: (message: string) => void,
): Promise<ControlChannel | null> {
  if (socketPathTooLong(dataDir)) return null;
  const folder = join(dataDir, 'control');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  // A socket left by a server that was killed: we hold the folder's lock, so it is stale.
  const path = controlSocketPath(dataDir);
  rmSync(path, { force: true });
  const server: Server = createServer((socket) => {
    let request = '';
    socket.setEncoding('utf8');
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      request += chunk;
      if (!request.includes('\n')) {
        if (request.length > 100) socket.destroy();
        return;
      }
      socket.removeAllListeners('data');
      if (request.trim() !== 'backup') {
        socket.end(`${JSON.stringify({ ok: false, message: 'Unknown request.' })}\n`);
        return;
      }
      dump().then(
        (bytes) => {
          socket.write(`${JSON.stringify({ ok: true, bytes: bytes.byteLength })}\n`);
          socket.end(bytes);
        },
        (error: Error) => {
          onError(error.message);
          socket.end(
            `${JSON.stringify({ ok: false, message: `The server could not copy its data: ${error.message}` })}\n`,
          );
        },
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  chmodSync(path, 0o600);
  server.unref();
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(path, { force: true });
      }),
  };
}

export type BackupAnswer =
  | { readonly ok: true; readonly dump: Buffer }
  | { readonly ok: false; readonly message: string; readonly unreachable: boolean };

/** Asks the server running on dataDir for a copy of its data. */
export function requestBackup(dataDir: string, timeoutMs = 10 * 60_000): Promise<BackupAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = createConnection(controlSocketPath(dataDir));
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      resolve({ ok: false, unreachable: false, message: 'The server did not answer in time.' });
    });
    socket.on('connect', () => socket.write('backup\n'));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ ok: false, unreachable: true, message: error.code ?? error.message }),
    );
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf(0x0a);
      try {
        const head = JSON.parse(all.subarray(0, end).toString('utf8')) as
          | { ok: true; bytes: number }
          | { ok: false; message: string };
        if (!head.ok) return resolve({ ok: false, unreachable: false, message: head.message });
        const dump = all.subarray(end + 1);
        if (dump.byteLength !== head.bytes)
          return resolve({
            ok: false,
            unreachable: false,
            message: 'The copy from the server was cut short.',
          });
        resolve({ ok: true, dump });
      } catch {
        resolve({
          ok: false,
          unreachable: false,
          message: 'The server sent an unreadable answer.',
        });
      }
    });
  });
}
