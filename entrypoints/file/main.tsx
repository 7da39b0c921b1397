import { render } from 'preact';
import { FilePage } from '../../src/file/ui/FilePage';
import { Collection } from '../../src/collection/db';
import { t, uiLang } from '../../src/i18n';
import './style.css';

document.documentElement.lang = uiLang() === 'en' ? 'en' : 'zh-CN';
document.title = t('file_title');
const url = new URLSearchParams(location.search).get('url');
let ok = false;
try { ok = !!url && /^https?:$/.test(new URL(url).protocol); } catch { /* not an address */ }
render(ok ? <FilePage url={url!} col={new Collection()} /> : <main class="file"><p class="hint">{t('file_missing')}</p></main>, document.getElementById('app')!);
