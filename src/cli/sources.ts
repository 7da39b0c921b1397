// What the command line names, in order, as work: files and directories, stdin, web pages, and with
// --follow-links the reports a listing page links to. URLs are fetched here (politely); the bytes go to a worker.
import { decodeBytes } from '../fetched/decode';
import { PoliteFetcher } from '../node/http';
import { reportLinks } from '../node/links';
import { expandInputs, readStdin, STDIN } from '../node/load';
import type { Lang } from '../model/types';
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

/** at most 3 requests at a time, as the issue asks of a polite crawler */
const CONCURRENCY = 3;
const USER_AGENT = 'gov-report-auditor/0.1 (audits government information-disclosure annual reports)';

export async function* sources(paths: string[], web: WebOptions): AsyncIterable<Source> {
  const fetcher = new PoliteFetcher({ concurrency: CONCURRENCY, delayMs: web.delayMs, timeoutMs: web.timeoutMs, userAgent: USER_AGENT });

  const page = (url: string): Source => ({
    source: url,
    async prepare(index, lang) {
      try {
        const { bytes, charset, html } = await fetcher.get(url);
        return { index, source: url, lang, bytes, http: { charset, html } };
      } catch (e) {
        return failed(index, url, problemMessage(e));
      }
    },
  });
  const broken = (source: string, problem: string): Source => ({ source, prepare: async (index) => failed(index, source, problem) });

  for (const path of paths) {
    if (!isUrl(path)) {
      for (const file of await expandInputs([path])) yield fileSource(file);
    } else if (!web.followLinks) {
      yield page(path);
    } else {
      let links: string[];
      try {
        const listing = await fetcher.get(path);
        links = reportLinks(decodeBytes(listing.bytes, listing.charset).text, listing.url, { anyHost: web.anyHost });
      } catch (e) {
        yield broken(path, problemMessage(e));
        continue;
      }
      if (!links.length) yield broken(path, 'no links to annual reports (年度报告, 年报) on this page');
      for (const link of links) yield page(link);
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
