import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest is generated from entrypoints/ and this file; permissions are justified in the README.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  outDir: '.output',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: '__MSG_extName__' },
  },
  vite: () => ({ plugins: [preact()] }),
});
