// Lint for src/ and entrypoints/.
// 1. No HTML sinks and no code from strings. The extension runs on pages nobody controls; page text must only ever
//    reach the DOM as text (textContent, Preact children).
// 2. The layers (no-restricted-imports per folder):
//    - core (page, extract, rules, template, text, model, audit, summary.ts) imports only core: no browser API, no
//      cheerio or htmlparser2, no Node module;
//    - shared, platform-neutral (fetched: bytes read or fetched → page; export: files written from results) imports
//      only core, and nothing of either side;
//    - the Node side (node, cli) and the extension side (ui, batch, collection, content, overlay, background,
//      messaging, i18n.ts, file, entrypoints) never import each other;
//    - the messages between the extension's parts (messaging) depend on model types only.
import tseslint from 'typescript-eslint';

const HTML_PROPERTIES = 'innerHTML|outerHTML|srcdoc';
const message = (what) => `${what} turns strings into markup or code; build nodes and set textContent instead.`;

/** folders of src/ by layer */
const CORE = ['page', 'extract', 'rules', 'template', 'text', 'model', 'audit', 'summary'];
const SHARED = ['fetched', 'export'];
const NODE_SIDE = ['node', 'cli'];
const EXTENSION_SIDE = ['ui', 'batch', 'collection', 'content', 'overlay', 'background', 'messaging', 'i18n', 'file'];

/** a relative import of one of these folders of src/ (or, from entrypoints/, of src/<folder>) */
const folders = (names) => `^(?:\\.\\.?/)+(?:src/)?(?:${names.join('|')})(?:/|\\.tsx?$|$)`;
const NODE_MODULES = ['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'module',
  'net', 'os', 'path', 'process', 'stream', 'url', 'util', 'worker_threads', 'zlib'];

const browserApi = { regex: '^(?:webextension-polyfill|wxt|wxt/.*|#imports|@wxt-dev/.*)$', message: 'browser API: only the extension side (ui, batch, collection, content, overlay, background, i18n, entrypoints) talks to the browser.' };
const nodeApi = { regex: `^(?:node:.*|${NODE_MODULES.join('|')})$`, message: 'Node module: only src/node and src/cli run on Node.' };
const nodeParsers = { group: ['cheerio', 'cheerio/*', 'htmlparser2', 'htmlparser2/*', 'domhandler', 'cli-progress', 'picocolors', 'tsx', 'tsx/*'], message: 'Node-side library: only src/node and src/cli use it.' };
const layer = (names, why) => ({ regex: folders(names), message: why });

const toExtension = layer(EXTENSION_SIDE, 'the extension side; move what both sides need to src/fetched (bytes, links) or src/model (types).');
const toNode = layer(NODE_SIDE, 'the Node side; move what both sides need to src/fetched (bytes, links) or src/model (types).');
const toShared = layer(SHARED, 'core imports only core (page, extract, rules, template, text, model, audit).');
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const inSrc = (names) => names.map((n) => `src/${n}/**/*.{ts,tsx,js,mjs}`).concat(names.map((n) => `src/${n}.ts`));

const layers = [
  { files: inSrc(CORE), rules: restrict(toExtension, toNode, toShared, browserApi, nodeApi, nodeParsers) },
  { files: inSrc(SHARED), rules: restrict(toExtension, toNode, browserApi, nodeApi, nodeParsers) },
  { files: inSrc(NODE_SIDE), rules: restrict(toExtension, browserApi) },
  {
    files: [...inSrc(EXTENSION_SIDE.filter((n) => !['messaging', 'content', 'overlay', 'ui'].includes(n))), 'entrypoints/**/*.{ts,tsx,js,mjs}'],
    rules: restrict(toNode, nodeApi, nodeParsers),
  },
  // the content script runs in every government page: it carries no popup or batch code
  { files: inSrc(['content', 'overlay']), rules: restrict(toNode, nodeApi, nodeParsers, layer(['ui', 'batch', 'background'], 'the popup, batch or background code: the content script stays small.')) },
  // the popup talks to the background through messages and storage keys it shares (src/messaging), not its code
  { files: inSrc(['ui']), rules: restrict(toNode, nodeApi, nodeParsers, layer(['background'], 'the background script: share through src/messaging.')) },
  {
    files: inSrc(['messaging']),
    rules: restrict({ regex: '^\\.\\./(?!model/)', message: 'messages depend on model types only (src/model).' }, browserApi, nodeApi, nodeParsers),
  },
];

export default [
  {
    files: ['src/**/*.{ts,tsx,js,mjs}', 'entrypoints/**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
      // the globals through which no-implied-eval sees setTimeout("code") and friends
      globals: { window: 'readonly', self: 'readonly', globalThis: 'readonly', setTimeout: 'readonly', setInterval: 'readonly', execScript: 'readonly' },
    },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': ['error',
        { object: 'document', property: 'write', message: message('document.write') },
        { object: 'document', property: 'writeln', message: message('document.writeln') },
        { property: 'insertAdjacentHTML', message: message('insertAdjacentHTML') },
        { property: 'setHTMLUnsafe', message: message('setHTMLUnsafe') },
        { property: 'createContextualFragment', message: message('createContextualFragment') },
      ],
      'no-restricted-syntax': ['error',
        { selector: `AssignmentExpression > MemberExpression.left[property.name=/^(${HTML_PROPERTIES})$/]`, message: message('Assigning HTML') },
        { selector: `AssignmentExpression > MemberExpression.left[property.value=/^(${HTML_PROPERTIES})$/]`, message: message('Assigning HTML') },
        { selector: `Property[key.name=/^(${HTML_PROPERTIES}|dangerouslySetInnerHTML)$/]`, message: message('An HTML property') },
        { selector: 'JSXAttribute[name.name=/^(dangerouslySetInnerHTML|srcdoc|srcDoc)$/]', message: message('dangerouslySetInnerHTML') },
        { selector: "CallExpression[callee.object.name='Reflect'][callee.property.name='set'][arguments.1.value=/^(innerHTML|outerHTML)$/]", message: message('Setting HTML') },
      ],
    },
  },
  ...layers,
];
