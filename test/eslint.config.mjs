// Lint for page-facing code (src/ and entrypoints/): no HTML sinks and no code from strings. The extension runs on
// pages nobody controls; page text must only ever reach the DOM as text (textContent, Preact children).
import tseslint from 'typescript-eslint';

const HTML_PROPERTIES = 'innerHTML|outerHTML|srcdoc';
const message = (what) => `${what} turns strings into markup or code; build nodes and set textContent instead.`;

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
];
