// One fetched answer, whatever it is: a PDF or Word file read by its bytes (readers loaded on demand), a legacy
// Office/WPS file refused with the reason, anything else decoded and read as a web page or text.
import type { Lang } from '../model/types';
import { readFileBytes } from '../file/read';
import { auditFetched, auditPageDoc, type Audited } from './audit-fetched';
import type { FetchedPage } from './fetch-page';

export async function auditAny(page: FetchedPage, lang: Lang): Promise<Audited> {
  const file = await readFileBytes(page.bytes);
  if (!file) return auditFetched(page, lang);
  return { ...auditPageDoc(file.doc, page.url, lang), format: file.format };
}
