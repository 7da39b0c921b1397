// The rule list in the README, generated from the catalogue itself (`npm run docs:rules` rewrites it).
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES, ruleWords } from '../../src/rules';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

export function rulesTable(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${ruleWords(r.id, 'zh')!.help} | ${ruleWords(r.id, 'en')!.help} |`);
  return [START, '| id | severity | 检查内容 | what it checks |', '|---|---|---|---|', ...rows, END].join('\n');
}

export function withRulesTable(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) throw new Error('README has no rules markers');
  return readme.slice(0, a) + rulesTable() + readme.slice(b + END.length);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const path = new URL('../../README.md', import.meta.url);
  writeFileSync(path, withRulesTable(readFileSync(path, 'utf8')));
}
