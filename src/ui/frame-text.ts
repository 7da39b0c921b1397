// Where the report the popup shows sits when it is not the page itself: in a frame, named by the frame's host, so a
// report framed in from another site (which badges the top page) is not taken for the page's own.
import { t } from '../i18n';

/** the host of a frame's address; null for frames without one (srcdoc, about:blank: written by the page itself) */
export function frameHost(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) && u.hostname ? u.hostname : null;
  } catch {
    return null;
  }
}

/** "报告位于框架 xxgk.example.gov.cn 中，不是本页本身" */
export function frameText(url: string): string {
  const host = frameHost(url);
  return host ? t('in_frame_host', host) : t('in_frame');
}
