// What a save starts from: the page as read, the checker's model and result, captured at one moment.
// The content script builds it (it holds the page); the popup or the collection page hands it to saveCapture.
import type { AuditResult, Capture, EvidenceTable, ReportModel } from '../model/types';
import type { PageDoc } from '../page/types';
import type { Evidence } from './schema';
import { canonicalJson, sha256Hex } from './canonical';

export type { Capture };

export function captureOf(doc: PageDoc, model: ReportModel, result: AuditResult, url: string, at = new Date()): Capture {
  const used = new Set(Object.values(model.tables).flatMap((t) => t?.anchors ?? []));
  const tables: EvidenceTable[] = [];
  const texts: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'text') texts.push(b.text);
    else if (used.has(b.anchor)) tables.push({ anchor: b.anchor, rows: b.rows.map((r) => r.map((c) => c.text)) });
  }
  return { url, model, result, text: texts.join('\n'), tables, capturedAt: at.toISOString() };
}

/**
 * the fingerprint of what was captured: its text and tables, not when or by which checker. Equal fingerprints mean
 * the same content; it does not prove who captured it or when (no signature, no trusted time).
 */
export const contentHash = (text: string, tables: EvidenceTable[]) => sha256Hex(canonicalJson({ text, tables }));

export async function evidenceOf(c: Capture): Promise<Evidence> {
  return { capturedText: c.text, tables: c.tables, sha256: await contentHash(c.text, c.tables), capturedAt: c.capturedAt };
}
