// A Word (.docx) file's bytes → the page model, in an extension page: mammoth's browser bundle (imported only here,
// dynamically) writes HTML, DOMParser reads it into an inert document (no scripts, nothing loads), and the shared
// walker reads that as it reads any page.
import mammoth from 'mammoth/mammoth.browser.js';
import { readDocument } from '../page/dom';
import type { PageDoc } from '../page/types';
import { BatchFailure } from '../batch/failure';

export async function readDocx(bytes: Uint8Array): Promise<PageDoc> {
  const arrayBuffer = bytes.slice().buffer as ArrayBuffer;
  let html: string;
  try {
    const out = await mammoth.convertToHtml({ arrayBuffer }, {
      externalFileAccess: false,
      // pictures are no part of the audit: leave them out rather than inline them as data URLs
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = out.value;
  } catch (e) {
    throw new BatchFailure('unreadable-file', `damaged Word file (${e instanceof Error ? e.message : String(e)})`);
  }
  return readDocument(new DOMParser().parseFromString(`<!doctype html><meta charset="utf-8"><body>${html}</body>`, 'text/html'));
}
