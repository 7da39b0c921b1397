// Two consecutive years of one agency, from seed 002 (石嘴山市工业和信息化局, 2023): the 2022 report carries one
// application of a natural person forward (or nothing), names its agency another way, or has a table 3 nobody can read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(__dirname, '../fixtures/seeds');
const seed = (): string => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('002_'))!), 'utf8');
/** the agency named nowhere: not above the title, not in the opening sentence */
const anonymous = (text: string) => text.replace(/^石嘴山市工业和信息化局$/m, '').replace('现发布《市工信局 ', '现发布《');
export const report2023 = (v: Pick<Variant, 'noAgency'> = {}): string => (v.noAgency ? anonymous(seed()) : seed());

export interface Variant {
  /** one application carried forward at the end of 2022 (the 2023 report says 0 carried over: a mismatch) */
  carried?: boolean;
  /** the agency as the 2022 report writes it (the 2023 report: 石嘴山市工业和信息化局) */
  agency?: string;
  /** table 3 left out (an image on the page): the 2022 report's table cannot be read */
  noTable3?: boolean;
  /** neither year names its agency (pairing falls back to the site and the title pattern) */
  noAgency?: boolean;
}

export function report2022(v: Variant = {}): string {
  let text = report2023(v).replaceAll('2023', '2022');
  if (v.carried) text = text.replace(/^(四、结转下年度继续办理)\t0\t0\t0\t0\t0\t0\t0/m, '$1\t1\t0\t0\t0\t0\t0\t1');
  if (v.agency) text = text.replace(/^石嘴山市工业和信息化局$/m, v.agency);
  if (v.noTable3) {
    const lines = text.split('\n');
    const from = lines.findIndex((l) => l.startsWith('三、收到和处理政府信息公开申请情况'));
    const to = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
    text = [...lines.slice(0, from + 1), '（统计表见附件图片）', ...lines.slice(to)].join('\n');
  }
  return text;
}
