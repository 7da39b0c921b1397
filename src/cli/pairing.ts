// Cross-year pairing when reports are audited apart (worker threads): shared with the batch (src/rules/pairing.ts).
export { pairingModel, withCopied, withPrevious } from '../rules/pairing';
