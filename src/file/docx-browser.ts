// A Word (.docx) file's bytes → the page model, in an extension page: mammoth's browser bundle (imported only here,
// dynamically) through the shared src/page/docx.ts writes HTML, DOMParser reads it into an inert document (no
// scripts, nothing loads), and the shared walker reads that as it reads any page.
import mammoth from 'mammoth/mammoth.browser.js';
import { docxToHtml, DocxError, type MammothLike } from '../page/docx';
import { readDocument } from '../page/dom';
import type { PageDoc } from '../page/types';
import { BatchFailure } from '../batch/failure';

export async function readDocx(bytes: Uint8Array): Promise<PageDoc> {
  let html: string;
  try {
    html = await docxToHtml(mammoth as unknown as MammothLike, bytes);
  } catch (e) {
    if (e instanceof DocxError) throw new BatchFailure('unreadable-file', e.message);
    throw e;
  }
  return readDocument(new DOMParser().parseFromString(html, 'text/html'));
}
