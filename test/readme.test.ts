// The README's rule list is the catalogue's own: regenerate it with `npm run docs:rules` when rules change.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { withRulesTable } from './tools/rules-doc';

it('README lists the rules exactly as the catalogue defines them', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(readme).toBe(withRulesTable(readme));
});
