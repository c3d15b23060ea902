// Entry of `npm run backup -- FILE`; see backup.ts.
import { runBackup } from './backup.js';

const result = await runBackup(process.env, process.argv[2]);
(result.ok ? process.stdout : process.stderr).write(`${result.message}\n`);
process.exit(result.ok ? 0 : 1);
