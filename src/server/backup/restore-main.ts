// Entry of `npm run restore -- FILE`; see backup.ts.
import { runRestore } from './backup.js';

const result = await runRestore(process.env, process.argv[2]);
(result.ok ? process.stdout : process.stderr).write(`${result.message}\n`);
process.exit(result.ok ? 0 : 1);
