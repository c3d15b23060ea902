// Creates and migrates a new PGlite folder in a short-lived child process. Creating the
// database (initdb) leaves about 450 MB that the engine never gives back, and even a worker
// thread's freed memory stays with the process; a child's memory goes back to the system when
// it exits, so a first start idles like a restart.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function createPgliteFolder(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(
      fileURLToPath(new URL('./create-pglite-child.js', import.meta.url)),
      [dataDir],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(stderr.trim() || `the creating process stopped (exit code ${code})`));
    });
  });
}
