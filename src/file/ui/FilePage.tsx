// The page that audits one file (a report's PDF or Word attachment, or a PDF open in a tab): host access asked for
// from a click where the manifest does not cover the host, then fetched without cookies under the batch's byte cap,
// read here (pdfjs / mammoth loaded only now), audited by the same checker, and shown with the tables drawn again
// from the data read — never the file's or a page's own markup — the failing cells marked and page numbers given.
import { useEffect, useState } from 'preact/hooks';
import { t, uiLang, type MessageKey } from '../../i18n';
import type { Finding, ModelTable, Severity } from '../../model/types';
import type { Collection } from '../../collection/db';
import { SaveButton } from '../../collection/ui/SaveButton';
import { marksOf, StoredTable } from '../../collection/ui/StoredTable';
import { VerdictLine } from '../../ui/VerdictLine';
import { TruncatedNote } from '../../ui/TruncatedNote';
import { ReportIdentity } from '../../ui/ReportIdentity';
import { NotCheckedList } from '../../ui/NotCheckedList';
import { FindingItem } from '../../ui/FindingItem';
import { severityLabel } from '../../ui/finding-text';
import { missingOrigins, originPatterns, requestOrigins } from '../../batch/permissions';
import { fetchPage } from '../../batch/fetch-page';
import { auditFetched, type Audited } from '../../batch/audit-fetched';
import { auditPageDoc } from '../../batch/audit-any';
import { failureOf } from '../../batch/failure';
import { readFileBytes, type FileFormat } from '../read';
import { findingPages, tablePages } from '../pages';

type State =
  | { phase: 'checking' }
  | { phase: 'grant'; patterns: string[] }
  | { phase: 'denied' }
  | { phase: 'fetching' }
  | { phase: 'reading' }
  | { phase: 'done'; audited: Audited; format: FileFormat | null; url: string }
  | { phase: 'failed'; kind: string; detail: string };

/** a file may be large and its server slow: more time than a page in the batch */
const TIMEOUT_MS = 60_000;

export async function auditFile(url: string, onPhase: (p: 'fetching' | 'reading') => void) {
  onPhase('fetching');
  const page = await fetchPage(url, { timeoutMs: TIMEOUT_MS });
  onPhase('reading');
  const file = await readFileBytes(page.bytes);
  const audited = file ? auditPageDoc(file.doc, page.url, uiLang()) : auditFetched(page, uiLang());
  return { audited, format: file?.format ?? null, url: page.url };
}

export function FilePage({ url, col }: { url: string; col?: Collection }) {
  const [state, setState] = useState<State>({ phase: 'checking' });

  const run = () => {
    void auditFile(url, (phase) => setState({ phase }))
      .then((done) => setState({ phase: 'done', ...done }))
      .catch((e) => { const f = failureOf(e); setState({ phase: 'failed', kind: f.kind, detail: f.detail }); });
  };

  useEffect(() => {
    const patterns = originPatterns([url]);
    void missingOrigins(patterns).then((missing) => (missing.length ? setState({ phase: 'grant', patterns: missing }) : run()));
  }, [url]);

  // permissions.request needs the click's gesture: nothing awaited before it
  const grant = (patterns: string[]) => void requestOrigins(patterns).then((ok) => (ok ? run() : setState({ phase: 'denied' })));

  return (
    <main class="file" data-phase={state.phase}>
      <header>
        <h1>{t('file_title')}</h1>
        <p class="source">{t('file_source')}：<a href={url} target="_blank" rel="noopener noreferrer">{url}</a></p>
      </header>
      {state.phase === 'checking' && <p class="hint">{t('loading')}</p>}
      {state.phase === 'grant' && (
        <div class="grant">
          <p>{t('file_need_permission', new URL(url).host)}</p>
          <button type="button" class="primary" name="file-grant" onClick={() => grant(state.patterns)}>{t('file_grant')}</button>
        </div>
      )}
      {state.phase === 'denied' && <p class="hint error" role="alert">{t('file_denied')}</p>}
      {state.phase === 'fetching' && <p class="hint">{t('file_fetching', url)}</p>}
      {state.phase === 'reading' && <p class="hint">{t('file_reading')}</p>}
      {state.phase === 'failed' && (
        <p class="hint error" role="alert" data-kind={state.kind}>
          {t('file_failed', [failureText(state.kind), state.detail].filter(Boolean).join(' — '))}
        </p>
      )}
      {state.phase === 'done' && <Result {...state} col={col} />}
    </main>
  );
}

function failureText(kind: string): string {
  return t(`batch_failure_${kind.replace(/-/g, '_')}` as MessageKey) || kind;
}

function Result({ audited, format, col }: { audited: Audited; format: FileFormat | null; url: string; col?: Collection }) {
  const { result, capture } = audited;
  if (result.verdict === 'not-a-report') {
    return <p class="hint" data-verdict="not-a-report">{t('file_not_report', audited.reason ?? result.error ?? '')}</p>;
  }
  const tables = Object.values(capture?.model.tables ?? {}) as ModelTable[];
  const marks = marksOf(result.findings);
  return (
    <article class="report" data-verdict={result.verdict} data-format={format ?? 'page'}>
      {format && <p class="meta format">{t(`file_format_${format}`)}</p>}
      <VerdictLine result={result} />
      <TruncatedNote truncated={result.truncated} />
      <ReportIdentity result={result} frameUrl={null} />
      {capture && <SaveButton capture={() => Promise.resolve(capture)} {...(col ? { col } : {})} />}
      <FileFindings findings={result.findings} />
      <section class="tables">
        <h2>{t('file_tables')}</h2>
        {tables.length === 0 ? <p class="hint">{t('file_no_tables')}</p> : tables.map((table) => {
          const span = tablePages(table);
          return (
            <div class="file-table" key={table.table} data-table={table.table}>
              {span && <p class="meta pages">{pagesText(span)}</p>}
              <StoredTable table={table} template={result.template ?? '2021'} marks={marks} />
            </div>
          );
        })}
      </section>
      <NotCheckedList items={result.notChecked} />
    </article>
  );
}

const pagesText = ([a, b]: [number, number]) => (a === b ? t('file_page', a) : t('file_pages', a, b));

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** the findings by severity, each with the page it is on */
function FileFindings({ findings }: { findings: Finding[] }) {
  if (!findings.length) return <p class="hint">{t('file_findings_none')}</p>;
  return (
    <div class="findings">
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (!group.length) return null;
        return (
          <section class={`group ${severity}`} key={severity}>
            <h2>{severityLabel(severity)} <span class="count">{group.length}</span></h2>
            <ul>
              {group.map((f, i) => {
                const span = findingPages(f);
                return <FindingItem key={i} finding={f} missed={false} {...(span ? { page: pagesText(span) } : {})} />;
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
