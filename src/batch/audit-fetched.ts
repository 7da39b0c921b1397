// A fetched page through the shared checker: bytes → text (the server's charset, else <meta>, else a sniff; GBK read
// as GB18030), parsed by the batch tab's DOMParser (an inert document: no scripts run, nothing loads), then the same
// reader and checker as the content script and the CLI. A capture is made at once, for "save all".
import { decodeBytes, looksBinary } from '../node/decode';
import { readDocument } from '../page/dom';
import { readText } from '../page/text';
import type { PageDoc } from '../page/types';
import { auditDoc } from '../audit';
import type { AuditResult, Lang } from '../model/types';
import { captureOf, type Capture } from '../collection/capture';
import type { FetchedPage } from './fetch-page';
import { BatchFailure } from './failure';

export interface Audited {
  result: AuditResult;
  /** absent for pages not taken for reports */
  capture?: Capture;
  /** why the checker did not take the page for a report */
  reason?: string;
}

/** text that came out with many replacement characters was read in the wrong encoding, or is no text */
function garbled(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad > 16 && bad > text.length / 100;
}

export function decodePage(page: FetchedPage): string {
  if (looksBinary(page.bytes)) throw new BatchFailure('undecodable', 'binary data');
  const { text, encoding } = decodeBytes(page.bytes, page.charset);
  if (garbled(text)) throw new BatchFailure('undecodable', encoding);
  return text;
}

const parseHtml = (text: string): PageDoc => readDocument(new DOMParser().parseFromString(text, 'text/html'));

export function auditFetched(page: FetchedPage, lang: Lang, parse: (html: string) => PageDoc = parseHtml): Audited {
  const text = decodePage(page);
  const doc = page.html ? parse(text) : readText(text);
  const { model, result } = auditDoc(doc, page.url, { lang });
  if (!result.isReport) return { result, reason: model.notReportReason ?? '' };
  return { result, capture: captureOf(doc, model, result, page.url) };
}
