// Reading a value cell: numbers in every notation real reports use, placeholders for zero, or text.
import { toHalfWidth } from './normalize';
import type { CellKind } from '../model/types';

export interface ParsedValue {
  kind: CellKind;
  value: number | null;
  unit?: string;
}

/** written where the count is zero: blank, dashes, slashes, 无 */
const PLACEHOLDER = /^(?:|[-–—－―─‐]{1,3}|[/／\\]|无|空|\/\/|×|x|X|\*)$/;
const UNITS = '(万元|千元|亿元|元|件|个|条|项|次|份|人|家|宗|起|户|%)';
const NUMBER = new RegExp(`^([+\\-])?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?${UNITS}?$`);

const PLAIN = /^\d{1,15}$/;
/**
 * a CJK character that neither a unit (UNITS) nor a placeholder (无, 空) uses: the clean-up below keeps it, so neither
 * pattern can match — a label or a sentence is text at once, without the clean-up's copies
 */
const VALUE_CJK = `${PLACEHOLDER.source}${UNITS}`.replace(/[^\u3400-\u9fff]/g, '');
const NOT_A_VALUE_CHAR = new RegExp(`(?![${VALUE_CJK}])[\\u3400-\\u9fff]`);

export function parseValue(raw: string): ParsedValue {
  // the common cell, plain ASCII digits, reads the same as below without the clean-up's copies
  if (PLAIN.test(raw)) return { kind: 'number', value: Number(raw) };
  if (NOT_A_VALUE_CHAR.test(raw)) return { kind: 'text', value: null };
  // digits split by a space or a line break are two numbers or a typo, not one number
  if (/\d[\s\u00a0]+\d/.test(raw)) return { kind: 'text', value: null };
  const t = toHalfWidth(raw).replace(/[\s\u00a0\u200b\ufeff]+/g, '').replace(/[−﹣]/g, '-').replace(/[＋﹢]/g, '+');
  if (PLACEHOLDER.test(t)) return { kind: 'placeholder', value: 0 };
  const m = NUMBER.exec(t);
  if (!m) return { kind: 'text', value: null };
  const whole = m[2].replace(/,/g, '');
  const num = Number(m[3] !== undefined ? `${whole}.${m[3]}` : whole) * (m[1] === '-' ? -1 : 1);
  if (!Number.isFinite(num)) return { kind: 'text', value: null };
  return m[4] ? { kind: 'number', value: num, unit: m[4] } : { kind: 'number', value: num };
}
