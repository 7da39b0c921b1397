// A fetched page through the shared checker: bytes → page (src/fetched/page.ts: the server's charset, else <meta>, else
// a sniff; GBK read as GB18030), parsed by the batch tab's DOMParser (an inert document: no scripts run, nothing loads), then the same
// reader and checker as the content script and the CLI. A capture is made at once, for "save all".
import { pageOf, Unreadable } from '../fetched/page';
import { readDocument } from '../page/dom';
import type { PageDoc } from '../page/types';
import { auditDoc } from '../audit';
import type { AuditResult, Lang, ReportModel } from '../model/types';
import { pairingModel } from '../rules/pairing';
import { captureOf, type Capture } from '../collection/capture';
import type { FetchedPage } from './fetch-page';
import { BatchFailure } from './failure';

export interface Audited {
  result: AuditResult;
  /** absent for pages not taken for reports */
  capture?: Capture;
  /** why the checker did not take the page for a report */
  reason?: string;
  /** what pairing years needs (identity and the carried rows); absent when the report cannot be paired */
  pairing?: ReportModel;
}

const parseHtml = (text: string): PageDoc => readDocument(new DOMParser().parseFromString(text, 'text/html'));

export function auditFetched(page: FetchedPage, lang: Lang, parse: (html: string) => PageDoc = parseHtml): Audited {
  let doc: PageDoc;
  try {
    doc = pageOf(page.bytes, { charset: page.charset, html: page.html, parseHtml: parse });
  } catch (e) {
    if (e instanceof Unreadable) throw new BatchFailure('undecodable', e.kind === 'binary' ? 'binary data' : e.encoding);
    throw e;
  }
  const { model, result } = auditDoc(doc, page.url, { lang });
  if (!result.isReport) return { result, reason: model.notReportReason ?? '' };
  const pairing = pairingModel(model);
  return { result, capture: captureOf(doc, model, result, page.url), ...(pairing ? { pairing } : {}) };
}
