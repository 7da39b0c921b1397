// `npm run golden:update`: rewrites test/fixtures/golden.json from what the checker finds today.
// Run it when a change of findings is meant, and review the diff (git diff test/fixtures/golden.json).
import { writeFileSync } from 'node:fs';
import { GOLDEN, goldenAll } from './golden';

const all = await goldenAll();
writeFileSync(GOLDEN, `${JSON.stringify(all, null, 1)}\n`);
process.stderr.write(`golden: ${Object.keys(all).length} fixtures written to test/fixtures/golden.json\n`);
