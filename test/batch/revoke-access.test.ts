// Hosts granted for one batch are offered for removal when it ends: the button gives exactly those back.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';

const removed: string[][] = [];
let removeAnswer: boolean | Error = true;
vi.mock('webextension-polyfill', async () => {
  const fake = (await import('../support/fake-i18n')).fakeBrowser('zh_CN');
  const remove = ({ origins }: { origins: string[] }) => {
    removed.push(origins);
    return removeAnswer instanceof Error ? Promise.reject(removeAnswer) : Promise.resolve(removeAnswer);
  };
  return { default: { ...fake.default, permissions: { remove } } };
});

const { window } = parseHTML('<!doctype html><html><body></body></html>');
beforeAll(() => {
  Object.assign(globalThis, { document: window.document, Node: window.Node, Event: window.Event });
});
const { h, render } = await import('preact');
const { RevokeAccess } = await import('../../src/batch/ui/RevokeAccess');
const { fakeBrowser } = await import('../support/fake-i18n');
const msg = (key: string, ...subs: string[]) => fakeBrowser('zh_CN').default.i18n.getMessage(key, subs);

const tick = () => new Promise((r) => setTimeout(r, 0));
function mount(patterns: string[]) {
  const root = window.document.createElement('div');
  window.document.body.append(root);
  render(h(RevokeAccess, { patterns }), root);
  return root;
}
const click = async (el: Element) => { el.dispatchEvent(new window.Event('click')); for (let i = 0; i < 3; i++) await tick(); };

describe('removing the access granted for a batch', () => {
  it('nothing granted for this batch: nothing offered', () => {
    expect(mount([]).innerHTML).toBe('');
  });

  it('names the hosts, and the button removes exactly the granted patterns', async () => {
    removed.length = 0;
    removeAnswer = true;
    const root = mount(['https://www.example.com/*', 'http://other.org:8080/*']);
    expect(root.querySelector('.hint')!.textContent).toBe(msg('batch_access_granted', 'www.example.com, other.org:8080'));
    const button = root.querySelector('button[name="batch-remove-access"]')!;
    expect(button.textContent).toBe(msg('batch_remove_access'));
    await click(button);
    expect(removed).toEqual([['https://www.example.com/*', 'http://other.org:8080/*']]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe(msg('batch_access_removed'));
    expect(root.querySelector('button')).toBeNull();
  });

  it('a refusal or an error says so, and the button stays for another try', async () => {
    for (const answer of [false, new Error('nope')]) {
      removeAnswer = answer;
      const root = mount(['https://www.example.com/*']);
      await click(root.querySelector('button')!);
      expect(root.querySelector('[role="alert"]')!.textContent).toBe(msg('batch_access_remove_failed'));
      expect(root.querySelector('button')).not.toBeNull();
    }
  });
});
