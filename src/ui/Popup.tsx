// The popup: the tab's report, kept up to date while open; the page's highlights and exports from here.
import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../model/types';
import type { TabView } from '../messaging/protocol';
import { mainAnchor } from '../overlay/marks';
import { t } from '../i18n';
import { auditAnyway, captureFrom, loadView, resolveTabId, reveal, setHighlights, watchView } from './tab-link';
import { VerdictLine } from './VerdictLine';
import { ReportIdentity } from './ReportIdentity';
import { FindingList } from './FindingList';
import { NotCheckedList } from './NotCheckedList';
import { NotAReport } from './NotAReport';
import { TooLarge } from './TooLarge';
import { TruncatedNote } from './TruncatedNote';
import { HighlightToggle } from './HighlightToggle';
import { ExportButtons } from './ExportButtons';
import { BatchOffer } from './BatchOffer';
import { FileOffer } from './FileOffer';
import { SaveButton } from '../collection/ui/SaveButton';

type State = { phase: 'loading' } | { phase: 'no-tab' } | { phase: 'ready'; tabId: number; view: TabView | null };

export function Popup() {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [missed, setMissed] = useState<number | null>(null);
  const [audits, setAudits] = useState(0);

  useEffect(() => {
    let unwatch = () => {};
    void resolveTabId().then(async (tabId) => {
      if (tabId === null) return setState({ phase: 'no-tab' });
      const refresh = async () => setState({ phase: 'ready', tabId, view: await loadView(tabId) });
      unwatch = watchView(tabId, () => void refresh());
      await refresh();
    });
    return () => unwatch();
  }, []);

  if (state.phase === 'loading') return <main class="popup"><Header /><p class="hint">{t('loading')}</p></main>;
  if (state.phase === 'no-tab') return <main class="popup"><Header /><p class="hint">{t('no_tab')}</p></main>;

  const { tabId, view } = state;
  const onAuditAnyway = async () => {
    setBusy(true);
    setFailed(false);
    const ok = await auditAnyway(tabId).catch(() => false);
    setFailed(!ok);
    setBusy(false);
    setAudits((n) => n + 1);
  };

  const report = view?.report;
  if (report?.tooLarge) {
    return (
      <main class="popup"><Header />
        <TooLarge busy={busy} failed={failed} onAuditAnyway={() => void onAuditAnyway()} />
      </main>
    );
  }
  if (!view || !report || report.result.verdict === 'not-a-report') {
    const declined = report?.forced ? report.reason ?? report.result.error ?? '' : null;
    return (
      <main class="popup"><Header />
        <FileOffer tabId={tabId} />
        <NotAReport declined={declined} busy={busy} failed={failed} onAuditAnyway={() => void onAuditAnyway()} />
        <BatchOffer tabId={tabId} asked={audits} />
      </main>
    );
  }

  const { result } = report;
  const onReveal = async (index: number) => {
    const anchor = mainAnchor(result.findings[index]);
    const ok = anchor !== null && (await reveal(tabId, view.frameId, index, anchor));
    setMissed(ok ? null : index);
  };
  return (
    <main class="popup" data-frame={view.frameId}>
      <Header />
      <VerdictLine result={result} />
      <TruncatedNote truncated={result.truncated} />
      <ReportIdentity result={result} frameUrl={view.frameId !== 0 ? report.url : null} />
      <div class="toolbar">
        {result.findings.length > 0
          ? <HighlightToggle on={report.highlights} onChange={(on) => void setHighlights(tabId, view.frameId, on)} />
          : <span />}
        <ExportButtons report={report} />
      </div>
      <SaveButton key={`${tabId}:${view.frameId}:${report.at}`} capture={() => captureFrom(tabId, view.frameId)} />
      {result.findings.length > 0 && (
        <FindingList findings={result.findings} missed={missed}
          canReveal={(f: Finding) => mainAnchor(f) !== null} onReveal={(i) => void onReveal(i)} />
      )}
      <NotCheckedList items={result.notChecked} />
      <FileOffer tabId={tabId} />
    </main>
  );
}

function Header() {
  return <header><h1>{t('extName')}</h1></header>;
}
