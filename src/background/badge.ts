// The toolbar badge of a tab, as the README describes it: errors + warnings (red with any error, amber for warnings
// only), a green ✓ when consistent, a grey ? when unverified, nothing when the page is not a report.
import browser from 'webextension-polyfill';
import type { AuditResult } from '../model/types';
import { t } from '../i18n';
import { countBySeverity } from '../summary';

export interface Badge {
  text: string;
  color: string;
}

export const BADGE_COLORS = { error: '#d93025', warning: '#e37400', consistent: '#188038', unverified: '#80868b' };

export function badgeFor(result: AuditResult | null): Badge | null {
  if (!result) return null;
  const n = countBySeverity(result.findings);
  switch (result.verdict) {
    case 'inconsistent': return { text: String(n.error + n.warning), color: BADGE_COLORS.error };
    case 'warnings': return { text: String(n.error + n.warning), color: BADGE_COLORS.warning };
    case 'consistent': return { text: '✓', color: BADGE_COLORS.consistent };
    case 'unverified': return { text: '?', color: BADGE_COLORS.unverified };
    default: return null;
  }
}

// Firefox builds MV2, where the toolbar button is browserAction
const action = () => browser.action ?? browser.browserAction;

export async function showBadge(tabId: number, result: AuditResult | null): Promise<void> {
  const badge = badgeFor(result);
  const a = action();
  const title = badge && result ? `${t('extName')} — ${t(`verdict_${verdictKey(result.verdict)}`)}` : t('extName');
  await Promise.all([
    a.setBadgeText({ tabId, text: badge?.text ?? '' }),
    a.setTitle({ tabId, title }),
    ...(badge ? [a.setBadgeBackgroundColor({ tabId, color: badge.color })] : []),
    ...(badge && 'setBadgeTextColor' in a ? [a.setBadgeTextColor({ tabId, color: '#ffffff' })] : []),
  ]);
}

export const verdictKey = (v: AuditResult['verdict']) => v.replace(/-/g, '_') as
  'inconsistent' | 'warnings' | 'unverified' | 'consistent' | 'not_a_report';
