// Why one link of a batch gave no audit. Every failure is a row in the results, never an exception.

export type FailureKind =
  | 'attachment' // a .zip/.jpg/… link or an answer of another type: no report the checker can read
  | 'unreadable-format' // .doc, .wps, .et, .xls: cannot be read; save it as .docx or PDF
  | 'unreadable-file' // an encrypted or damaged PDF/Word file
  | 'http' // an HTTP error status (404, 500, …)
  | 'timeout' // no complete answer within the time limit
  | 'network' // refused, unreachable, blocked
  | 'too-large'
  | 'undecodable' // bytes that no declared or sniffed encoding reads as text
  | 'not-report' // a page the checker does not take for an annual report
  | 'permission' // the user did not grant access to the link's host
  | 'cancelled'
  | 'failed'; // anything else (the checker itself failed on the page)

export class BatchFailure extends Error {
  constructor(readonly kind: FailureKind, readonly detail = '') {
    super(detail ? `${kind}: ${detail}` : kind);
  }
}

export const failureOf = (e: unknown): BatchFailure =>
  e instanceof BatchFailure ? e
    : e instanceof DOMException && e.name === 'AbortError' ? new BatchFailure('cancelled')
      : new BatchFailure('failed', e instanceof Error ? e.message : String(e));
