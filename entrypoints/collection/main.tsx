import { render } from 'preact';
import browser from 'webextension-polyfill';
import { CollectionPage } from '../../src/collection/ui/CollectionPage';
import { Collection } from '../../src/collection/db';
import { exposeApi } from '../../src/collection/api';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('collection_title');
const col = new Collection();
exposeApi(col);
render(<CollectionPage col={col} />, document.getElementById('app')!);
