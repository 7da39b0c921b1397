// A capture becomes a saved report: identity, tables and findings from the checker, evidence from the page,
// and — when it replaces an earlier save of the same page — the notes the researcher already wrote.
import { version as checkerVersion } from '../../package.json';
import { copiedText } from '../rules/copiedText';
import { CROSS_YEAR } from '../rules/crossYear';
import { agencyKey } from '../extract/identity';
import { verdictOf } from '../rules';
import type { Capture } from './capture';
import { evidenceOf } from './capture';
import { findingKeys, SCHEMA_VERSION, type SavedReport } from './schema';

export const newId = (): string => crypto.randomUUID();

const CROSS_YEAR_RULES = new Set([...CROSS_YEAR.map((r) => r.id), copiedText.id]);
/** annotations of cross-year findings are kept too: those findings are worked out again from the collection */
const stillApplies = (key: string, keys: Set<string>) => keys.has(key) || CROSS_YEAR_RULES.has(key.split('|')[0]);

export async function recordOf(c: Capture, carried: SavedReport | null = null, id = newId()): Promise<SavedReport> {
  const { model } = c;
  // cross-year findings (a batch pairs its years) are worked out again from the collection: keep the report's own
  const own = c.result.findings.filter((f) => !CROSS_YEAR_RULES.has(f.rule));
  const ownNotChecked = c.result.notChecked.filter((n) => !CROSS_YEAR_RULES.has(n.rule));
  const result = own.length === c.result.findings.length && ownNotChecked.length === c.result.notChecked.length
    ? c.result : { ...c.result, findings: own, notChecked: ownNotChecked, verdict: verdictOf(c.result.isReport, own, ownNotChecked) };
  const keys = new Set(findingKeys(result.findings));
  const annotations = Object.fromEntries(Object.entries(carried?.annotations ?? {}).filter(([k]) => stillApplies(k, keys)));
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    url: c.url,
    title: result.title,
    agency: result.agency,
    agencyKey: agencyKey(model.agency),
    year: result.year,
    template: result.template,
    publishedAt: result.publishedAt,
    verdict: result.verdict,
    tables: model.tables,
    findings: result.findings,
    savedAt: c.capturedAt,
    updatedAt: c.capturedAt,
    checkerVersion,
    evidence: await evidenceOf(c),
    note: carried?.note ?? '',
    annotations,
  };
}

/** what the researcher edits */
export type Edit = Partial<Pick<SavedReport, 'note' | 'annotations'>>;

/** the record with its note or annotations changed, stamped with the time of the change */
export const edited = (r: SavedReport, change: Edit, at = new Date()): SavedReport =>
  ({ ...r, ...change, updatedAt: at.toISOString() });
