// `extract`: the numbers themselves, tidy (csv or jsonl), written as each input is read.
import { buildModel } from '../extract';
import { expandInputs, InputError, loadInput } from '../node/load';
import { BOM, csvRows } from './csv';
import type { Out } from './output';
import { reportProblem } from './problem';
import { TIDY_FIELDS, tidyValues, type TidyValue } from './tidy';

export type ExtractFormat = 'csv' | 'jsonl';

export interface ExtractOptions {
  paths: string[];
  format: ExtractFormat;
}

const render = (values: TidyValue[], format: ExtractFormat) =>
  format === 'jsonl'
    ? values.map((v) => `${JSON.stringify(v)}\n`).join('')
    : csvRows(TIDY_FIELDS, values.map((v) => TIDY_FIELDS.map((f) => v[f])), false);

export async function runExtract(opts: ExtractOptions, out: Out): Promise<number> {
  let unreadable = false;
  if (opts.format === 'csv') await out.write(BOM + csvRows(TIDY_FIELDS, [], true));
  for (const entry of await expandInputs(opts.paths)) {
    if (typeof entry !== 'string') { reportProblem(entry.path, new InputError(entry.problem)); unreadable = true; continue; }
    const path = entry;
    let values: TidyValue[];
    try {
      const model = buildModel((await loadInput(path)).doc, path);
      values = model.isReport ? tidyValues(model) : [];
    } catch (e) {
      reportProblem(path, e);
      unreadable = true;
      continue;
    }
    await out.write(render(values, opts.format));
  }
  return unreadable ? 2 : 0;
}
