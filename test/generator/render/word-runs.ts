// Word's habit of cutting text into many <span> runs: at every change of script (digits and Latin get
// Times New Roman) and, after edits, at arbitrary points inside words ('三' + '、本' + '年度办理结果').
import type { Rng } from '../prng';
import { esc } from './escape';

const STYLES = {
  body: ["font-size:16.0pt;font-family:仿宋_GB2312", 'font-size:16.0pt;font-family:"Times New Roman"'],
  heading: ['font-size:16.0pt;font-family:黑体', 'font-size:16.0pt;font-family:黑体'],
  sub: ['font-size:16.0pt;font-family:楷体_GB2312', 'font-size:16.0pt;font-family:楷体_GB2312'],
  cell: ['font-family:宋体', 'font-family:"Times New Roman"'],
} as const;

export function wordRuns(text: string, rng: Rng, kind: keyof typeof STYLES): string {
  const [cjk, latin] = STYLES[kind];
  const pieces = text.match(/[\x21-\x7e\uff10-\uff19]+|[^\x21-\x7e\uff10-\uff19]+/g) ?? [];
  const out: string[] = [];
  for (const piece of pieces) {
    if (/^[\x21-\x7e\uff10-\uff19]+$/.test(piece)) {
      out.push(`<span lang=EN-US style='${latin}'>${esc(piece)}</span>`);
      continue;
    }
    // cut CJK text at up to two random points
    const cuts = piece.length > 2 && rng.chance(0.5) ? [rng.int(1, piece.length - 1)] : [];
    if (cuts.length && piece.length > 6 && rng.chance(0.4)) cuts.push(rng.int(cuts[0], piece.length - 1));
    let from = 0;
    for (const at of [...cuts, piece.length]) {
      if (at > from) out.push(`<span style='${cjk}'>${esc(piece.slice(from, at))}</span>`);
      from = at;
    }
  }
  return out.join('');
}
