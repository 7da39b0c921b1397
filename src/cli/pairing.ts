// Cross-year pairing when reports are audited apart (worker threads): shared with the batch (src/rules/pairing.ts).
export { pairingModel, withPrevious } from '../rules/pairing';
