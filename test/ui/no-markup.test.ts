// Page-supplied text is never inserted as HTML, and no code is made from strings: a scan of every source file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const FORBIDDEN = /\b(innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|eval\s*\(|new\s+Function\s*\(|createContextualFragment)/;

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(ts|tsx|js|mjs|html)$/.test(name)) yield path;
  }
}

it('no source file inserts markup or evaluates strings', () => {
  const offenders = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'entrypoints'))]
    .filter((path) => FORBIDDEN.test(readFileSync(path, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')))
    .map((path) => path.slice(ROOT.length + 1));
  expect(offenders).toEqual([]);
});
