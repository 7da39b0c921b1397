// The live page's anchors, read (never changed) for the batch audit's link list.
import { reportCandidates, type Candidate } from '../fetched/links';

export function linkCandidates(doc: Document): Candidate[] {
  const anchors = Array.from(doc.querySelectorAll('a[href]'), (a) => ({
    href: a.getAttribute('href') ?? '', text: a.textContent ?? '', title: a.getAttribute('title'),
  }));
  return reportCandidates(anchors, doc.URL, doc.baseURI);
}
