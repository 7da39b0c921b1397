// One of the report's tables drawn again from the stored data — text only, never the page's HTML —
// with the cells that findings point at marked by their most serious severity.
import type { Finding, ModelTable, Severity, TemplateId } from '../../model/types';
import { t } from '../../i18n';
import { layTable } from '../layout';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** cell anchor → the most serious severity among the findings that name it */
export function marksOf(findings: Finding[]): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const f of findings) {
    for (const a of [...(f.location.cells ?? []), ...(f.location.anchor ? [f.location.anchor] : [])]) {
      const had = out.get(a);
      if (!had || RANK[f.severity] > RANK[had]) out.set(a, f.severity);
    }
  }
  return out;
}

export function StoredTable({ table, template, marks }: { table: ModelTable; template: TemplateId; marks: Map<string, Severity> }) {
  const rows = layTable(table, template);
  let header = '';
  return (
    <table class="stored-table" data-table={table.table}>
      <caption>{t('collection_table_n', table.table)}</caption>
      <tbody>
        {rows.flatMap((row) => {
          const columns = row.columns.join('\u0000');
          const head = columns !== header ? (
            <tr class="head" key={`${row.id}-head`}>
              <th>{t('collection_row_label')}</th>
              {row.columns.map((c, i) => <th key={i}>{c}</th>)}
            </tr>
          ) : null;
          header = columns;
          const line = (
            <tr key={row.id} class={marks.has(row.anchor) ? `marked ${marks.get(row.anchor)}` : undefined}>
              <th title={row.path}>{row.label}</th>
              {row.cells.map((c) => {
                const mark = marks.get(c.anchor);
                return <td key={c.anchor} class={mark ? `marked ${mark}` : undefined} data-anchor={c.anchor} title={c.column}>{c.text}</td>;
              })}
            </tr>
          );
          return head ? [head, line] : [line];
        })}
      </tbody>
    </table>
  );
}
