// "Audit the attachment": the annual-report files a page links to (.pdf, .docx; .doc/.wps/.et/.xls named with the
// reason they cannot be read), and "audit this PDF" for a tab that shows a PDF (where no content script runs).
// Each opens the file page in a new tab; the popup itself fetches nothing.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../i18n';
import { fileOffers, filePagePath, pdfTab, viewedFile, type FileOffer as Offer } from '../file/offer';
import { reportLinksOf } from './tab-link';

/**
 * The MIME type of the tab's top document (Chromium's PDF viewer reports application/pdf), read by a one-line
 * function injected with the toolbar click's activeTab grant (or the *.gov.cn host permission); null where the tab
 * cannot be scripted.
 */
async function contentTypeOf(tabId: number): Promise<string | null> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.contentType }).catch(() => []);
  return typeof first?.result === 'string' ? first.result : null;
}

export function FileOffer({ tabId }: { tabId: number }) {
  const [files, setFiles] = useState<Offer[]>([]);
  const [pdf, setPdf] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      const [tab, reply] = await Promise.all([browser.tabs.get(tabId).catch(() => null), reportLinksOf(tabId)]);
      setFiles(reply ? fileOffers(reply.links) : []);
      const url = tab?.url;
      if (pdfTab(url)) setPdf(url!);
      // a site's own PDF viewer page (viewer.html?file=…): the file it shows
      else if (url && viewedFile(url)) setPdf(viewedFile(url));
      // the address does not say, and the page offers no report links (a PDF viewer's wrapper has none, and on
      // government sites the content script runs there too): ask the tab's document for its type
      else if (!reply?.links.length && url && /^https?:/.test(url) && (await contentTypeOf(tabId)) === 'application/pdf') setPdf(url);
    })();
  }, [tabId]);

  if (!pdf && !files.length) return null;
  // the new tab takes the focus, which closes a real popup by itself
  const open = (url: string) => void browser.tabs.create({ url: browser.runtime.getURL(filePagePath(url)) });
  return (
    <div class="file-offer">
      {pdf && (
        <>
          <p class="hint">{t('file_offer_pdf_tab_hint')}</p>
          <button type="button" class="primary" name="file-audit-tab" onClick={() => open(pdf)}>{t('file_offer_pdf_tab')}</button>
        </>
      )}
      {files.length > 0 && (
        <>
          <p class="hint">{t('file_offer_hint')}</p>
          <ul>
            {files.map((f) => (
              <li key={f.href} data-kind={f.kind}>
                {f.kind === 'legacy'
                  ? <span class="legacy hint" data-href={f.href}>{t('file_offer_legacy', f.text)}</span>
                  : <button type="button" name="file-audit" data-href={f.href} onClick={() => open(f.href)}>{t('file_offer_audit', f.text)}</button>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
