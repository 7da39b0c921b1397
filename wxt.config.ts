import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * pdfjs's data files, shipped in the extension under pdfjs/ (src/file/pdf-browser.ts): the CMaps Chinese text needs
 * and the standard fonts, so that reading a PDF fetches nothing from anywhere else.
 */
const PDFJS = resolve('node_modules/pdfjs-dist');
const pdfjsAssets = () => ['cmaps', 'standard_fonts'].flatMap((dir) =>
  readdirSync(join(PDFJS, dir)).map((name) => ({ absoluteSrc: join(PDFJS, dir, name), relativeDest: `pdfjs/${dir}/${name}` })));

// The manifest is generated from entrypoints/ and this file; permissions are justified in the README.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  // WXT_OUT_DIR: a build elsewhere (the Firefox lint test builds into a directory of its own)
  outDir: process.env.WXT_OUT_DIR || '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage'],
    // the batch tab fetches the reports a listing page links to: government sites (the hosts the content script
    // already runs on, so no new install warning), and any other host only once the user grants it from a click
    host_permissions: ['*://*.gov.cn/*'],
    // (MV2, Firefox: optional host patterns sit in optional_permissions)
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    // Firefox: a fixed id (the collection's IndexedDB and storage stay with it across reinstalls), and the declaration
    // that the extension collects and transmits no data (Mozilla's built-in data consent; README, Permissions)
    ...(browser === 'firefox' ? {
      browser_specific_settings: { gecko: { id: 'gov-report-auditor@nianbao', data_collection_permissions: { required: ['none'] } } },
    } : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => { files.push(...pdfjsAssets()); },
  },
});
