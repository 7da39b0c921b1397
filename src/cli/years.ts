// Pairs reports of one agency for consecutive years among the inputs (carry-over, stock-roll-forward).
// Only the small report models are kept, never the pages. Shared with the batch (src/rules/pairing.ts).
export { YearIndex, type YearEntry } from '../rules/pairing';
