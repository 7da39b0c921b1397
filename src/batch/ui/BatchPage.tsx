// The batch tab: confirm the links, run (progress, cancel), then the results. It runs in its own extension page,
// so it goes on when the popup closes, and it has a DOM to parse the fetched pages with.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLang } from '../../i18n';
import type { Collection } from '../../collection/db';
import type { BatchInput } from '../handoff';
import { inPatterns, missingOrigins, originPatterns, requestOrigins } from '../permissions';
import { runBatch, type BatchRow, type RowState } from '../run';
import { LinkPicker } from './LinkPicker';
import { Progress } from './Progress';
import { ResultsTable } from './ResultsTable';
import { ResultActions } from './ResultActions';
import { RevokeAccess } from './RevokeAccess';
import { SummaryChart } from './SummaryChart';

type Phase = 'confirm' | 'running' | 'done';

export function BatchPage({ input, col }: { input: BatchInput; col: Collection }) {
  const { links } = input;
  const [selected, setSelected] = useState(() => links.map((l) => l.sameOrigin));
  /** origin patterns not held yet; null until looked up (Start waits for it) */
  const [missing, setMissing] = useState<string[] | null>(null);
  const [phase, setPhase] = useState<Phase>('confirm');
  const [rows, setRows] = useState<BatchRow[]>([]);
  const [denied, setDenied] = useState(false);
  /** hosts granted for this batch (asked for at its start): offered for removal once it ends */
  const [grantedHere, setGrantedHere] = useState<string[]>([]);
  const cancel = useRef<AbortController | null>(null);

  useEffect(() => { void missingOrigins(originPatterns(links.map((l) => l.href))).then(setMissing); }, [links]);

  const start = () => {
    if (missing === null || cancel.current) return;
    const ctl = new AbortController();
    cancel.current = ctl;
    const chosen = links.filter((_, i) => selected[i]);
    const ask = originPatterns(chosen.map((l) => l.href)).filter((p) => missing.includes(p));
    // first thing in the click: the permission prompt needs the user's gesture
    void requestOrigins(ask).then((granted) => {
      setDenied(!granted);
      setGrantedHere(granted ? ask : []);
      setRows(chosen.map((link) => ({ link, state: { phase: 'waiting' } })));
      setPhase('running');
      const update = (i: number, state: RowState) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, state } : r)));
      void runBatch(chosen, {
        lang: uiLang(), signal: ctl.signal, onRow: update,
        ...(granted ? {} : { denied: (url: string) => inPatterns(ask, url) }),
      }).then(() => setPhase('done'));
    });
  };

  const finished = rows.filter((r) => r.state.phase === 'done' || r.state.phase === 'failed').length;
  return (
    <main class="batch" data-phase={phase}>
      <header>
        <h1>{t('batch_title')}</h1>
        <p class="hint source">{t('batch_from', input.title || input.url)}</p>
      </header>
      {phase === 'confirm'
        ? <LinkPicker links={links} selected={selected} missing={missing} onChange={setSelected} onStart={start} />
        : (
          <>
            <Progress done={finished} total={rows.length} running={phase === 'running'} onCancel={() => cancel.current?.abort()} />
            {denied && <p class="hint error">{t('batch_permission_denied')}</p>}
            {phase === 'done' && <Summary rows={rows} />}
            {phase === 'done' && <SummaryChart rows={rows} />}
            <ResultsTable rows={rows} />
            {phase === 'done' && <ResultActions rows={rows} col={col} />}
            {phase === 'done' && <RevokeAccess patterns={grantedHere} />}
          </>
        )}
    </main>
  );
}

function Summary({ rows }: { rows: BatchRow[] }) {
  const results = rows.flatMap((r) => (r.state.phase === 'done' ? [r.state.audited.result] : []));
  const count = (v: string) => results.filter((r) => r.verdict === v).length;
  return (
    <p class="summary">
      {t('batch_summary', results.length, count('inconsistent'), count('warnings'), rows.length - results.length)}
    </p>
  );
}
