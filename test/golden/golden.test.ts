// Every fixture still gives what test/fixtures/golden.json recorded (regenerate on purpose: npm run golden:update).
import { describe, expect, it } from 'vitest';
import { goldenEntry, goldenSources, readGolden } from './golden';

const golden = readGolden();
const sources = goldenSources();

describe('golden findings (test/fixtures/golden.json)', () => {
  it('covers every fixture, and no fixture that is gone', () => {
    expect(Object.keys(golden).sort()).toEqual([...sources].sort());
  });
  for (const path of sources) {
    it(path, async () => {
      expect(await goldenEntry(path), 'changed on purpose? npm run golden:update and review the diff').toEqual(golden[path]);
    });
  }
});
