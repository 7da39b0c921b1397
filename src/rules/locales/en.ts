// Rule texts in English: what each rule checks (help), why it matters (why) and what a finding says (message).
import { fill, type Locale } from './types';

const gap = (p: Record<string, string | number>) => Number(p.actual) - Number(p.expected);
const TABLE_TITLES: Record<string, string> = { 2: 'proactive disclosure', 3: 'applications received and handled', 4: 'administrative review and litigation' };
const NUMBER_KIND: Record<string, string> = { count: 'a whole non-negative number', signed: 'a whole number', money: 'a non-negative amount' };
const YEAR_WHERE: Record<string, string> = { period: 'statistics period', body: 'opening of section 一' };

export const EN: Locale = {
  lang: 'en',
  table: (t) => `Table ${t}`,
  checkFailed: 'check failed',
  reasons: {
    text: 'a cell holds text, not a number',
    'blank-total': 'the total cell is blank (no total was given)',
    shifted: 'a row has more or fewer values than columns, so they cannot be put in columns',
    missing: 'a row it needs is missing',
    'row-shifted': 'the row’s values cannot be put in columns',
    'two-years': 'a row it needs is missing or shifted in one of the two reports (the year before: {earlierSource})',
    'earlier-table-unread': 'the report on the year before ({earlierYear}, {earlierSource}) was found, but its {table} could not be read',
    'own-table-unread': 'the report on the year before ({earlierYear}, {earlierSource}) was found, but this report’s {table} could not be read',
    'level-unknown': 'the name “{agency}” does not tell a people’s government from a department, so the deadline (31 January or 31 March) is unknown',
    'agency-unknown': 'the publishing body could not be read, so the deadline (31 January or 31 March) is unknown',
    'table-unreadable': 'table present but not readable',
    'section-unreadable': 'section present but its heading not recognised',
    'cells-run-together': 'cells run together',
    'row-unplaced': 'the row’s values could not be placed in columns',
    scanned: 'scanned: no text to read',
    'new-total-unreadable': 'table 3’s total of new applications cannot be read',
  },
  rules: {
    balance: {
      help: 'Each column: 一 new + 二 carried over = 三(七) total handled + 四 carried to next year',
      why: 'Every application received is either handled or carried forward; if the two sides differ, a figure is wrong or missing.',
      message: (p) => fill('Table 3, column “{column}”: 一 new ({new}) + 二 carried over ({carried}) should be {expected}, but 三(七) total ({total}) + 四 carried to next year ({carryOver}) = {actual}, {gap}.',
        { ...p, gap: gap(p) < 0 ? `${-gap(p)} short` : `${gap(p)} too many` }),
    },
    'row-total': {
      help: 'Each row of table 3: 总计 = natural persons + the five kinds of organisations',
      why: 'The total must equal the sum over applicant types; if not, one of them or the total is wrong.',
      message: 'Table 3, row “{row}”: the applicant columns add up to {expected}, but 总计 says {actual}.',
    },
    'result-total': {
      help: 'Each column: 三(七) total = the sum of results (一) to (六)',
      why: 'The total of results must equal the sum of the individual results; otherwise a result is missing or counted twice.',
      message: 'Table 3, column “{column}”: results (一) to (六) add up to {expected}, but (七) total says {actual}.',
    },
    'review-total': {
      help: 'Table 4, each group: 总计 = upheld + corrected + other + pending',
      why: 'The number of review or litigation cases must equal the sum of their outcomes; otherwise a case is missing.',
      message: 'Table 4, “{group}”: upheld + corrected + other + pending = {expected}, but 总计 says {actual}.',
    },
    'carry-over': {
      help: 'This year’s carried-over applications ≠ last year’s carried to next year',
      why: 'Applications carried forward at the end of one year are the next year’s carried-over ones; a difference means one year’s figure is wrong.',
      message: (p) => fill('Table 3, column “{column}”: the {earlierYear} report carried {expected} forward, but this report’s carried-over row says {actual}.', p)
        + (p.earlierSource ? ` (compared with ${p.earlierSource})` : ''),
    },
    'narrative-mismatch': {
      help: 'The text states a figure that the tables contradict',
      why: 'The report contradicts itself: at least one of the two is wrong.',
      message: (p) => (p.kind === 'applications'
        ? fill(`The text says {actual} applications were received (“{text}”), but table 3 shows {new} new${p.withCarried !== p.new ? ' ({withCarried} with those carried over)' : ''}.`, p)
        : fill('The text says there was no administrative review or litigation (“{text}”), but table 4’s totals add up to {actual}.', p)),
    },
    'missing-section': {
      help: 'One of the six sections the template requires is absent',
      why: 'The national format requires six sections; a missing one means the report says nothing on that subject.',
      message: 'Section “{section}” was not found.',
    },
    'missing-table': {
      help: 'One of tables 2, 3, 4 is absent',
      why: 'The three statistical tables are the report’s data; without one, nothing in it can be checked.',
      message: (p) => `Table ${p.table} (${TABLE_TITLES[p.table] ?? ''}) was not found.`,
    },
    'missing-row': {
      help: 'A template row is absent from a table',
      why: 'A missing row cannot be checked, nor can the totals it belongs to.',
      message: '{table} lacks the row “{row}”.',
    },
    'cell-count': {
      help: 'A row has more or fewer values than the table has columns (shifted or merged cells)',
      why: 'The numbers cannot be matched to their columns, so a reader cannot tell what each counts; the sums this row is in cannot be checked.',
      message: '{table}, row “{row}”: expected {expected} values, found {actual}.',
    },
    'non-numeric': {
      help: 'A value cell holds text that is neither a number nor a placeholder for zero',
      why: 'Statistics must be numbers; a cell with text (such as “see attachment”) cannot be checked, nor can the sums it is in.',
      message: '{table}, row “{row}”, column “{column}”: expected a number, found “{actual}”.',
    },
    'placeholder-value': {
      help: 'Value cells hold blank, “—”, “/” or “无” instead of 0 (read as 0; a blank total is not checked)',
      why: 'The template asks for numbers; a placeholder usually means zero but may be an omission.',
      message: '{table}: {actual} cells hold no number (blank, “—”, “/” or “无”); read as 0.',
    },
    'invalid-number': {
      help: 'A count is negative or fractional where only whole non-negative numbers make sense',
      why: 'A number of applications or documents cannot be negative or fractional: this figure is wrong.',
      message: (p) => fill(`Table {table}, row “{row}”, column “{column}”: expected ${NUMBER_KIND[p.kind] ?? NUMBER_KIND.count}, found {actual}.`, p),
    },
    'label-mismatch': {
      help: 'A row or column label differs from the template’s wording (typo, old wording)',
      why: 'Non-standard labels can mislead readers and those who compile statistics about what a row or column counts.',
      message: (p) => fill(`${p.table ? 'Table {table}: the' : 'The'} {kind} label reads “{found}”; the template says “{expected}”.`, p),
    },
    'template-mismatch': {
      help: 'The tables follow the template of the wrong period for the report’s year',
      why: 'Reports on 2021 and later must use the 2021 format; with the wrong one, figures are not comparable with other reports.',
      message: 'A report on {year} should use the {expected} format ({expectedDoc}), but its tables follow the {actual} format ({evidence}).',
    },
    'fee-statement-missing': {
      help: 'A report on 2021 or later does not say whether information processing fees were collected',
      why: 'From 2021 the format requires a statement on information processing fees (国办函〔2020〕109号), so the public knows whether fees were charged.',
      message: 'The report does not say whether information processing fees (信息处理费) were collected (usually stated in section 六).',
    },
    'year-mismatch': {
      help: 'The title’s year, the statistics period and the body disagree',
      why: 'When the years disagree, a reader cannot tell which year the report and its figures cover.',
      message: (p) => fill(`The title says {title}, but the ${YEAR_WHERE[p.where] ?? ''} says {actual}.`, p),
    },
    'section-order': {
      help: 'Sections are out of order or misnumbered',
      why: 'The format fixes the order and numbering of the six sections; otherwise readers cannot find things.',
      message: (p) => fill(`“{heading}” should be section {expected}; it stands ${p.how === 'misnumbered' ? 'numbered {numeral}' : 'after a later section'}.`, p),
    },
    'late-publication': {
      help: 'Published after the deadline of the regulations (art. 49)',
      why: 'The regulations (art. 49–50) require a department’s report by 31 January and a people’s government’s by 31 March of the following year.',
      message: (p) => `Published on ${p.actual}, after the deadline of ${p.expected}${p.levelEn ? ` for a ${p.levelEn}’s report` : ''}.`,
    },
    'stock-roll-forward': {
      help: 'Table 2: last year’s in force + issued − repealed ≠ this year’s in force',
      why: 'Documents also expire or are amended, so this is only a hint: worth a question when it does not add up.',
      message: 'Table 2, “{row}”: last year in force {last} + issued {issued} − repealed {repealed} = {expected}, but this year in force is {actual}.',
    },
    'copied-text': {
      help: 'Section 五 (or 一) largely repeats the text of an earlier year’s report',
      why: 'The report must state this year’s problems and improvements (2021 format notice); evaluators mark down a report that repeats an earlier year, also with its dates and figures changed.',
      message: '{share}% of “{section}” stands word for word in the {earlierYear} report ({earlierSource}) (common passages of {minRun} characters or more, dates and figures aside). Longest repeated passage: “{passage}”.',
    },
  },
};
