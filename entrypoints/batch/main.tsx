import { render } from 'preact';
import { BatchPage } from '../../src/batch/ui/BatchPage';
import { readBatch } from '../../src/batch/handoff';
import { Collection } from '../../src/collection/db';
import { t, uiLang } from '../../src/i18n';
import './style.css';

document.documentElement.lang = uiLang() === 'en' ? 'en' : 'zh-CN';
document.title = t('batch_title');
const app = document.getElementById('app')!;
void readBatch().then((input) => {
  render(input ? <BatchPage input={input} col={new Collection()} /> : <main class="batch"><p class="hint">{t('batch_missing')}</p></main>, app);
});
