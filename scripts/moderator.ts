/**
 * `npm run moderator -- add "Name"` | `revoke <id>` | `list`: the people who may moderate.
 * `add` prints the new token once (only its hash is stored; a lost token is revoked and a
 * new one added). Uses the server's store: PGlite in $MM_DATA_DIR/pglite (./data), or
 * DATABASE_URL. PGlite has no file lock: stop `npm start` first.
 */
import { join } from 'node:path';
import { openDb } from '../server/db/db.js';
import { migrate } from '../server/db/migrations.js';
import { addModerator, listModerators, revokeModerator } from '../server/store/moderators.js';

const [command, arg] = process.argv.slice(2);
const usage = 'usage: npm run moderator -- add "Name" | revoke <id> | list';
if (!command || !['add', 'revoke', 'list'].includes(command) || (command !== 'list' && !arg)) {
  console.error(usage);
  process.exit(2);
}
const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: join(process.env.MM_DATA_DIR ?? './data', 'pglite') });
let status = 0;
try {
  await migrate(db);
  if (command === 'add') {
    const m = await addModerator(db, arg!);
    console.log(`moderator ${m.id} "${m.name}" added. Token (shown only now, keep it safe):\n${m.token}`);
  } else if (command === 'revoke') {
    const id = Number(arg);
    const done = Number.isInteger(id) && (await revokeModerator(db, id));
    console.log(done ? `moderator ${id} revoked: the token no longer works.` : `no active moderator with id ${arg}.`);
    if (!done) status = 1;
  } else {
    for (const m of await listModerators(db)) console.log(`${m.id}\t${m.name}\t${m.revokedAt ? `revoked ${m.revokedAt.toISOString()}` : 'active'}`);
  }
} catch (err) {
  console.error(String((err as Error).message ?? err));
  status = 1;
} finally {
  await db.close();
}
process.exit(status);
