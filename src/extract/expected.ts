// What the chosen template expects: a table row's width, and the wording of each label.
import type { TableNo, TemplateId } from '../model/types';
import { TABLE3_WIDTH, TABLE4_WIDTH, TEMPLATES } from '../template';
import { TABLE4 } from '../template/tables';
import { normLabel } from '../text/normalize';

/** number of value cells a row must have; null when the row is not in this template */
export function tableWidth(template: TemplateId | null, table: TableNo, rowId: string): number | null {
  if (table === 3) return TABLE3_WIDTH;
  if (table === 4) return TABLE4_WIDTH;
  if (!template) return null;
  // a loop, not a callback: this runs for every row of every page (hot path: README, Performance)
  const dot = rowId.indexOf('.');
  const blockId = dot < 0 ? rowId : rowId.slice(0, dot);
  for (const b of TEMPLATES[template].table2.blocks) if (b.id === blockId) return b.columns.length;
  return null;
}

export interface ExpectedLabel { label: string; accepted: readonly string[] }

/** labels of the template, as asked for: they are read on every page, normalised once */
const expected = new Map<string, ExpectedLabel | null>();

/** the template's wording of a row/column/block label, and the normalised forms it accepts */
export function expectedLabel(template: TemplateId, table: TableNo, kind: 'row' | 'column' | 'block', id: string): ExpectedLabel | null {
  const key = `${template} ${table} ${kind} ${id}`;
  let out = expected.get(key);
  if (out === undefined) {
    out = templateLabel(template, table, kind, id);
    // ids come from the template's own rows and columns; a cap all the same, should any come from a page
    if (expected.size > 5000) expected.clear();
    expected.set(key, out);
  }
  return out;
}

function templateLabel(template: TemplateId, table: TableNo, kind: 'row' | 'column' | 'block', id: string): ExpectedLabel | null {
  const def = TEMPLATES[template];
  const mk = (label: string, aliases: string[] = []) => ({ label, accepted: [label, ...aliases].map(normLabel) });
  if (table === 2) {
    const [blockId, sub] = id.split('.');
    const b = def.table2.blocks.find((x) => x.id === blockId);
    if (!b) return null;
    if (kind === 'block') return mk(b.label);
    if (kind === 'row') { const r = b.rows.find((x) => x.id === sub); return r ? mk(r.path.at(-1)!, r.aliases) : null; }
    const c = b.columns.find((x) => x.id === sub);
    return c ? mk(c.path.at(-1)!, c.aliases) : null;
  }
  if (table === 3) {
    if (kind === 'row') { const r = def.table3.rows.find((x) => x.id === id); return r ? mk(r.path.at(-1)!, r.aliases) : null; }
    const c = def.table3.columns.find((x) => x.id === id);
    return c ? mk(c.path.at(-1)!) : null;
  }
  const c = TABLE4.columns.find((x) => x.id.endsWith(`.${id}`));
  return c ? mk(c.path.at(-1)!) : null;
}
