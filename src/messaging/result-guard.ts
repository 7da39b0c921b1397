// Runtime check of an AuditResult as it crosses from a page's content script to the extension's own pages.
import type { AuditResult, Finding, Location, NotChecked } from '../model/types';
import {
  arrayOf, either, isBoolean, isNumber, isString, literal, nullable, optional, recordOf, shape, type Guard,
} from './guard';

const isTableNo = (v: unknown): v is 2 | 3 | 4 => v === 2 || v === 3 || v === 4;
const isValue = nullable(either(isNumber, isString));

export const isLocation: Guard<Location> = shape({
  table: nullable(isTableNo),
  section: nullable(isString),
  row: nullable(isString),
  column: nullable(isString),
  cells: optional(arrayOf(isString, 5_000)),
  anchor: nullable(isString),
});

export const isFinding: Guard<Finding> = shape({
  rule: isString,
  severity: literal('error', 'warning', 'info'),
  message: isString,
  location: isLocation,
  expected: isValue,
  actual: isValue,
  params: optional(recordOf(either(isString, isNumber))),
});

export const isNotChecked: Guard<NotChecked> = shape({
  rule: isString,
  location: optional(isLocation),
  reason: isString,
});

export const isAuditResult: Guard<AuditResult> = shape({
  source: isString,
  isReport: isBoolean,
  verdict: literal('inconsistent', 'warnings', 'unverified', 'consistent', 'not-a-report'),
  title: isString,
  agency: nullable(isString),
  level: optional(nullable(literal('government', 'department'))),
  year: nullable(isNumber),
  template: nullable(literal('2019', '2021')),
  publishedAt: nullable(isString),
  findings: arrayOf(isFinding),
  notChecked: arrayOf(isNotChecked),
  error: optional(isString),
  truncated: optional(isString),
});
