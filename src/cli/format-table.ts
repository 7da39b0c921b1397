// `--format table` (default): a readable report per input for a person at a terminal; coloured only on a TTY.
import { createColors } from 'picocolors';
import type { AuditResult, Finding, Lang, Location, Severity, Verdict } from '../model/types';
import { isInputError, type InputObject } from './output';

interface Words {
  verdict: Record<Verdict, string>;
  unreadable: string;
  table: (n: number) => string;
  page: (n: number) => string;
  template: (id: string) => string;
  notChecked: (n: number) => string;
  summary: (inputs: number, counts: string) => string;
}

const WORDS: Record<Lang, Words> = {
  zh: {
    verdict: { inconsistent: '不一致', warnings: '有警告', unverified: '未能完全核验', consistent: '一致', 'not-a-report': '不是年报' },
    unreadable: '无法读取',
    table: (n) => `表${n}`,
    page: (n) => `第${n}页`,
    template: (id) => `${id}年版模板`,
    notChecked: (n) => `${n} 项未能核验`,
    summary: (inputs, counts) => `共 ${inputs} 个输入：${counts}`,
  },
  en: {
    verdict: { inconsistent: 'inconsistent', warnings: 'warnings', unverified: 'unverified', consistent: 'consistent', 'not-a-report': 'not a report' },
    unreadable: 'unreadable',
    table: (n) => `table ${n}`,
    page: (n) => `p. ${n}`,
    template: (id) => `${id} template`,
    notChecked: (n) => `${n} not checked`,
    summary: (inputs, counts) => `${inputs} input${inputs === 1 ? '' : 's'}: ${counts}`,
  },
};

const MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** the table format one input at a time: `block` for each (in input order), `end` for the closing summary */
export function tableWriter(opts: { lang: Lang; color: boolean }): { block(o: InputObject): string; end(): string } {
  const c = createColors(opts.color);
  const w = WORDS[opts.lang];
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const verdictPaint: Record<Verdict, (s: string) => string> = {
    inconsistent: c.red, warnings: c.yellow, unverified: c.blue, consistent: c.green, 'not-a-report': c.dim,
  };

  const where = (l: Location) =>
    [l.table === null ? null : w.table(l.table), l.section, l.row, l.column, l.page ? w.page(l.page) : null].filter(Boolean).join(' · ');

  const finding = (f: Finding) => {
    const place = where(f.location);
    return `  ${paint[f.severity](`${MARK[f.severity]} ${f.rule}`)}  ${f.message}\n${place ? `      ${c.dim(place)}\n` : ''}`;
  };

  const report = (r: AuditResult) => {
    const about = [r.agency, r.year, r.template && w.template(r.template)].filter((x) => x !== null && x !== '');
    const head = [verdictPaint[r.verdict](w.verdict[r.verdict]), ...about].join(' · ');
    const notChecked = r.notChecked.length ? `  ${c.dim(w.notChecked(r.notChecked.length))}\n` : '';
    return `  ${head}\n${r.findings.map(finding).join('')}${notChecked}`;
  };

  const counts = new Map<string, number>();
  let inputs = 0;
  return {
    block(o) {
      const label = isInputError(o) ? w.unreadable : w.verdict[o.verdict];
      counts.set(label, (counts.get(label) ?? 0) + 1);
      return `${inputs++ ? '\n' : ''}${c.bold(o.source)}\n${isInputError(o) ? `  ${c.red(`${w.unreadable}: ${o.error}`)}\n` : report(o)}`;
    },
    end() {
      const summary = w.summary(inputs, [...counts].map(([label, n]) => `${label} ${n}`).join(', '));
      return `\n${c.bold(summary)}\n`;
    },
  };
}
