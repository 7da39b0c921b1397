// Captures of several years of one generated agency, for the collection's year views, the browser test and the demo.
import type { Capture } from '../../src/collection/capture';
import { render, type Shape } from '../generator';
import { agencyYears } from '../generator/years';
import { readContent } from '../support/read';
import { captureDoc } from './support';

export const AGENCY_YEARS = [2021, 2022, 2023, 2024, 2025];

/** the agency's years as saved from its site; by default 2024 repeats 2023's section 五 */
export function agencyCaptures(seed = 7, copies: Record<number, number> = { 2024: 2023 }, shape: Shape = 'word'): Capture[] {
  return agencyYears(seed, AGENCY_YEARS, copies).map(({ report, doc }, i) => {
    const page = render(doc, shape);
    return captureDoc(readContent(page.kind, page.content), `http://${report.agency.domain}/zwgk/ndbg/${report.year}.html`, `2026-0${(i % 9) + 1}-10T09:00:00.000Z`);
  });
}
