// One fetched answer, whatever it is: a PDF or Word file read by its bytes (readers loaded on demand), a legacy
// Office/WPS file refused with the reason, anything else decoded and read as a web page or text.
import type { Lang } from '../model/types';
import type { PageDoc } from '../page/types';
import { auditDoc } from '../audit';
import { captureOf } from '../collection/capture';
import { readFileBytes } from '../file/read';
import { auditFetched, type Audited } from './audit-fetched';
import type { FetchedPage } from './fetch-page';

/** a page model (from a page, a PDF or a Word file) through the checker, with its capture */
export function auditPageDoc(doc: PageDoc, url: string, lang: Lang): Audited {
  const { model, result } = auditDoc(doc, url, { lang });
  if (!result.isReport) return { result, reason: model.notReportReason ?? '' };
  return { result, capture: captureOf(doc, model, result, url) };
}

export async function auditAny(page: FetchedPage, lang: Lang): Promise<Audited & { format?: 'pdf' | 'docx' }> {
  const file = await readFileBytes(page.bytes);
  if (!file) return auditFetched(page, lang);
  return { ...auditPageDoc(file.doc, page.url, lang), format: file.format };
}
