// A fetched file's bytes by what they are: legacy Office and other ZIPs refused with their reason, pages and text
// handed back to the page reader (the PDF and Word readers themselves run in the browser: test/e2e/attachments.test.ts).
import { describe, expect, it } from 'vitest';
import { readFileBytes } from '../../src/file/read';
import { BatchFailure } from '../../src/batch/failure';

const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
/** an empty ZIP archive: an end-of-central-directory record and nothing else */
const EMPTY_ZIP = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);

const failure = async (p: Promise<unknown>) => {
  try { await p; } catch (e) { return e instanceof BatchFailure ? { kind: e.kind, detail: e.detail } : String(e); }
  return null;
};

describe('reading a fetched file', () => {
  it('a legacy Office/WPS file: "cannot read this format"', async () => {
    expect(await failure(readFileBytes(OLE2))).toMatchObject({ kind: 'unreadable-format' });
  });

  it('a ZIP that is no Word document: an attachment the checker does not read', async () => {
    expect(await failure(readFileBytes(EMPTY_ZIP))).toEqual({ kind: 'attachment', detail: 'zip' });
  });

  it('a page or text: null, for the page reader', async () => {
    expect(await readFileBytes(new TextEncoder().encode('<html><title>2024年政府信息公开工作年度报告</title></html>'))).toBeNull();
    expect(await readFileBytes(new Uint8Array())).toBeNull();
  });
});
