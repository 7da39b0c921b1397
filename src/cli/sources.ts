// What the command line names, in order, as work: files and directories, stdin, web pages, and with
// --follow-links the reports a listing page links to. URLs are fetched here (politely); the bytes go to a worker.
import { decodeBytes } from '../fetched/decode';
import { PoliteFetcher, type HostRule } from '../node/http';
import { reportLinks } from '../node/links';
import { expandInputs, readStdin, STDIN } from '../node/load';
import type { Lang } from '../model/types';
import { MAX_CANDIDATES } from '../fetched/links';
import { visibleLine } from './terminal';
import { failed, problemMessage, type Outcome, type Task } from './task';

export interface WebOptions {
  followLinks: boolean;
  anyHost: boolean;
  delayMs: number;
  timeoutMs: number;
}

/** one input: its name, and how to get its task (or, when fetching fails, its outcome) */
export interface Source {
  source: string;
  prepare(index: number, lang: Lang): Promise<Task | Outcome>;
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** the most links followed from one listing page, as in the extension's batch tab */
export const MAX_FOLLOWED_LINKS = MAX_CANDIDATES;

/** at most 3 requests at a time, as a polite crawler does */
const CONCURRENCY = 3;
const USER_AGENT = 'gov-report-auditor/0.1 (audits government information-disclosure annual reports)';

export async function* sources(paths: string[], web: WebOptions): AsyncIterable<Source> {
  const fetcher = new PoliteFetcher({ concurrency: CONCURRENCY, delayMs: web.delayMs, timeoutMs: web.timeoutMs, userAgent: USER_AGENT });

  const page = (url: string, allowed?: HostRule): Source => ({
    source: url,
    async prepare(index, lang) {
      try {
        // the report is named by the address it was read from, after redirects
        const { bytes, charset, html, url: final } = await fetcher.get(url, allowed);
        return { index, source: final, lang, bytes, http: { charset, html } };
      } catch (e) {
        return failed(index, url, problemMessage(e));
      }
    },
  });
  const broken = (source: string, problem: string): Source => ({ source, prepare: async (index) => failed(index, source, problem) });

  for (const path of paths) {
    if (!isUrl(path)) {
      for (const entry of await expandInputs([path])) yield typeof entry === 'string' ? fileSource(entry) : broken(entry.path, entry.problem);
    } else if (!web.followLinks) {
      yield page(path);
    } else {
      let links: string[];
      let allowed: HostRule | undefined;
      try {
        const listing = await fetcher.get(path);
        links = await reportLinks(decodeBytes(listing.bytes, listing.charset).text, listing.url, { anyHost: web.anyHost });
        // each followed link, and every redirect it takes, stays on the listing's site unless --any-host
        const origin = new URL(listing.url).origin;
        if (!web.anyHost) allowed = (url) => url.origin === origin;
      } catch (e) {
        yield broken(path, problemMessage(e));
        continue;
      }
      if (!links.length) yield broken(path, 'no links to annual reports (年度报告, 年报) on this page');
      if (links.length > MAX_FOLLOWED_LINKS) {
        process.stderr.write(`gov-report-auditor: ${visibleLine(path)}: ${links.length} report links, only the first ${MAX_FOLLOWED_LINKS} are audited\n`);
        links = links.slice(0, MAX_FOLLOWED_LINKS);
      }
      for (const link of links) yield page(link, allowed);
    }
  }
}

function fileSource(path: string): Source {
  return {
    source: path,
    async prepare(index, lang) {
      if (path !== STDIN) return { index, source: path, lang, path };
      try {
        return { index, source: path, lang, bytes: await readStdin() };
      } catch (e) {
        return failed(index, path, problemMessage(e));
      }
    },
  };
}
