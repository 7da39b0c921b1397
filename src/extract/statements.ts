// Sentences in the prose that the tables can confirm or contradict, and the fee statement.
import type { Block } from '../page/types';
import type { ReportModel, Statement } from '../model/types';
import { toHalfWidth } from '../text/normalize';

const SENTENCE = /[^。；;！!？?\n]+[。；;！!？?]?/g;

/** "共收到政府信息公开申请12件", "收到依申请公开 26 件" — the number of applications the text states */
const RECEIVED = /(?:受理|收到|接收|新收)[^。；;，,\d]{0,16}?申请[^。；;，,\d]{0,8}?(\d{1,6})\s*(?:件|条|个|份|宗|起)/;
const RECEIVED_NUMBER_FIRST = /(?:受理|收到|接收|新收)[^。；;\d]{0,6}?(\d{1,6})\s*(?:件|条|个|份)[^。；;，,\d]{0,4}(?:政府信息公开|依申请公开|信息公开)申请/;
/** "未收到政府信息公开申请", "未收到申请公开事项" */
const NONE_RECEIVED = /(?:未|没有)(?:收到|接到|受理)[^。；;，,\d]{0,12}?申请/;
/** other applications the sentence may name, which the table does not count */
const OTHER_KIND = /行政复议申请|复议申请|诉讼|信访|人大建议|政协提案|网民留言|咨询/;
const NO_REVIEW = /(?:未|没有|无)(?:发生|出现|产生|收到)?[^。；;]{0,12}?(?:行政复议|行政诉讼)/;
/** the statement on 信息处理费; "政府信息公开未发生收费情况" says the same in other words */
const FEE = /信息处理费|处理费|(?:政府信息公开|信息公开|依申请)[^。；;]{0,20}(?:收费|收取[^。；;]{0,8}费)|(?:收费|收取[^。；;]{0,8}费)[^。；;]{0,20}(?:政府信息公开|信息公开|申请)/;

/** FEE needs 费, NO_REVIEW 行政复议 or 行政诉讼, the application patterns 申请 */
const MAY_STATE = /申请|费|行政复议|行政诉讼/;

export function readStatements(blocks: Block[], skip: Set<number>): ReportModel['statements'] {
  const applications: Array<Statement & { value: number }> = [];
  let noReviewLitigation: Statement | null = null;
  let fee: Statement | null = null;
  // a loop, not a callback: this runs on every page (hot path: README, Performance)
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'text' || skip.has(i)) continue;
    // every pattern below needs one of these words: a block without any (menus, link lists) holds no statement
    if (!MAY_STATE.test(b.text)) continue;
    const text = toHalfWidth(b.text);
    for (const m of text.matchAll(SENTENCE)) {
      const s = m[0].trim();
      if (!s) continue;
      if (!fee && FEE.test(s)) fee = { text: s.slice(0, 200), anchor: b.anchor };
      if (!noReviewLitigation) {
        for (const clause of s.split(/[，,]/)) if (NO_REVIEW.test(clause)) { noReviewLitigation = { text: s.slice(0, 200), anchor: b.anchor }; break; }
      }
      // a sentence about petitions or reviews may still count applications in a clause of its own
      for (const clause of s.split(/[，,]/)) {
        if (OTHER_KIND.test(clause)) continue;
        if (NONE_RECEIVED.test(clause)) { applications.push({ text: s.slice(0, 200), anchor: b.anchor, value: 0 }); break; }
        const r = RECEIVED.exec(clause) ?? RECEIVED_NUMBER_FIRST.exec(clause);
        if (r) { applications.push({ text: s.slice(0, 200), anchor: b.anchor, value: Number(r[1]) }); break; }
      }
    }
  }
  return { applications, noReviewLitigation, fee };
}
