// Host access for the batch's fetches. Government sites (*.gov.cn) are covered by the manifest's host_permissions
// (the same hosts the content script runs on); any other host is an optional permission, asked for when the user
// confirms the list. permissions.request must run in the click's user gesture, so what is already granted is
// looked up beforehand.
import browser from 'webextension-polyfill';

/** "https://www.example.gov.cn/*" for each origin of the links, each once */
export function originPatterns(urls: string[]): string[] {
  return [...new Set(urls.map((u) => `${new URL(u).origin}/*`))];
}

/** the patterns the extension does not hold yet */
export async function missingOrigins(patterns: string[]): Promise<string[]> {
  const held = await Promise.all(patterns.map((p) => browser.permissions.contains({ origins: [p] }).catch(() => false)));
  return patterns.filter((_, i) => !held[i]);
}

/** ask for the missing hosts; call straight from a click. Resolves to whether the user granted them. */
export function requestOrigins(patterns: string[]): Promise<boolean> {
  if (!patterns.length) return Promise.resolve(true);
  return browser.permissions.request({ origins: patterns }).catch(() => false);
}

/**
 * give back the hosts granted for one batch, once it ended (the user's choice: the batch offers it). Resolves to
 * whether the browser removed them.
 */
export function removeOrigins(patterns: string[]): Promise<boolean> {
  if (!patterns.length) return Promise.resolve(true);
  return browser.permissions.remove({ origins: patterns }).catch(() => false);
}

/** whether a URL's origin is among the patterns */
export const inPatterns = (patterns: string[], url: string) => patterns.includes(`${new URL(url).origin}/*`);
