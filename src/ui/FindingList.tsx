import type { Finding, Severity } from '../model/types';
import { t } from '../i18n';
import { FindingItem } from './FindingItem';
import { severityLabel } from './finding-text';

interface Props {
  findings: Finding[];
  /** called with the finding's index in `findings`; absent for findings that name no place on the page */
  onReveal: (index: number) => void;
  canReveal: (f: Finding) => boolean;
  /** index of a finding whose cell the page could not show */
  missed: number | null;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** the findings grouped by severity, then by table */
export function FindingList({ findings, onReveal, canReveal, missed }: Props) {
  const indexed = findings.map((f, i) => ({ f, i }));
  return (
    <div class="findings">
      {SEVERITIES.map((severity) => {
        const group = indexed.filter(({ f }) => f.severity === severity);
        if (!group.length) return null;
        const tables = [...new Set(group.map(({ f }) => f.location.table))].sort((a, b) => (a ?? 0) - (b ?? 0));
        return (
          <section class={`group ${severity}`} key={severity}>
            <h2>{severityLabel(severity)} <span class="count">{group.length}</span></h2>
            {tables.map((table) => (
              <div key={String(table)}>
                <h3>{table ? t('group_table', table) : t('group_general')}</h3>
                <ul>
                  {group.filter(({ f }) => f.location.table === table).map(({ f, i }) => (
                    <FindingItem key={i} finding={f} missed={missed === i}
                      onReveal={canReveal(f) ? () => onReveal(i) : undefined} />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
