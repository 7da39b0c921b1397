// On a listing page (a 政府信息公开年报 column, search results): "audit all N linked reports" opens the batch tab.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { LinksReply } from '../messaging/protocol';
import { openBatch } from '../batch/handoff';
import { MIN_LISTING_LINKS } from '../fetched/links';
import { reportLinksOf } from './tab-link';

export function BatchOffer({ tabId, asked }: { tabId: number; asked: number }) {
  const [listing, setListing] = useState<LinksReply | null>(null);
  const [failed, setFailed] = useState(false);
  // asked again after "audit anyway" injected the content script
  useEffect(() => { void reportLinksOf(tabId).then(setListing); }, [tabId, asked]);

  if (!listing || listing.links.length < MIN_LISTING_LINKS) return null;
  // the new tab takes the focus, which closes a real popup by itself
  const open = () => openBatch(listing, tabId).catch(() => setFailed(true));
  return (
    <div class="batch-offer">
      <p class="hint">{t('batch_offer_hint')}</p>
      <button type="button" class="primary" name="batch-open" onClick={() => void open()}>
        {t('batch_offer', listing.links.length)}
      </button>
      {failed && <p class="hint error">{t('batch_open_failed')}</p>}
    </div>
  );
}
