// Mutated report pages never make the checker throw; the page model keeps to the caps and the audit result is
// what the CLI's JSON Schema publishes. FUZZ_RUNS cases (1000 in `npm test`, 10,000 with `npm run fuzz`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDoc } from '../../src/audit';
import { readHtmlString } from '../../src/node/cheerio';
import { readText } from '../../src/page/text';
import { loadCorpus, realPage, type Base } from './corpus';
import { generatedPage } from './generated';
import { capViolations, nonJson, schemaErrors } from './invariants';
import { mutate, mutation } from './mutations';
import { tokenize, type Tokens } from './tokens';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** replay a failure: FUZZ_SEED=<seed fast-check printed> */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/**
 * runs per test; between tests the worker lets its event loop turn, else Vitest's progress messages wait for the
 * whole file and time out after a minute
 */
const CHUNK = 1000;
const chunks = Array.from({ length: Math.ceil(RUNS / CHUNK) }, (_, i) => ({ seed: SEED + i, runs: Math.min(CHUNK, RUNS - i * CHUNK) }));

type Page = Base & { tokens: Tokens };
/** counterexamples print the page's name, not its 50 KB */
const page = (b: Base): Page => Object.assign({ ...b, tokens: tokenize(b.kind, b.content) }, { [fc.toStringMethod]: () => b.name });

const empty: Base[] = [{ name: 'empty.html', kind: 'html', content: '' }, { name: 'empty.txt', kind: 'text', content: '' }];
const bases = [...loadCorpus(), realPage(), ...empty].map(page);

const cases = fc.record({
  page: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...bases) }, { weight: 1, arbitrary: generatedPage.map(page) }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }),
  cut: fc.option(fc.nat(), { freq: 6 }),
});

describe(`fuzz: ${RUNS} mutated pages`, () => {
  it.each(chunks)('seed $seed: read and audit $runs pages without throwing, within the caps, into schema-valid results', async ({ seed, runs }) => {
    await new Promise(setImmediate);
    fc.assert(fc.property(cases, ({ page: p, mutations, cut }) => {
      const content = mutate(p.tokens, mutations, cut);
      const doc = p.kind === 'html' ? readHtmlString(content) : readText(content);
      expect(capViolations(doc)).toEqual([]);
      expect(doc.truncated === undefined || typeof doc.truncated === 'string').toBe(true);
      const { result } = auditDoc(doc, p.name);
      expect(nonJson(result)).toEqual([]);
      expect(schemaErrors(JSON.parse(JSON.stringify(result)))).toEqual([]);
    }), { numRuns: runs, seed });
  });
});
