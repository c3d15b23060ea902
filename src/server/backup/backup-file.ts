// The backup file: one JSON line that says what it is and which PGlite wrote it, then PGlite's
// gzipped tar of the data folder (dumpDataDir). The line lets restore refuse a file that is
// not an Unknot backup, or one a different PGlite would read differently.

export interface BackupHeader {
  readonly unknotBackup: 1;
  readonly pglite: string;
  readonly madeAt: string;
}

export function encodeBackup(header: BackupHeader, dump: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), dump]);
}

export type DecodedBackup =
  | { readonly ok: true; readonly header: BackupHeader; readonly dump: Uint8Array }
  | { readonly ok: false; readonly message: string };

export function decodeBackup(bytes: Buffer): DecodedBackup {
  const end = bytes.subarray(0, 1000).indexOf(0x0a);
  const notOurs = {
    ok: false,
    message: 'This file is not an Unknot backup (made by `npm run backup`).',
  } as const;
  if (end < 0) return notOurs;
  try {
    const header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as Partial<BackupHeader>;
    if (header.unknotBackup !== 1 || typeof header.pglite !== 'string') return notOurs;
    return {
      ok: true,
      header: { unknotBackup: 1, pglite: header.pglite, madeAt: String(header.madeAt ?? '') },
      dump: bytes.subarray(end + 1),
    };
  } catch {
    return notOurs;
  }
}
