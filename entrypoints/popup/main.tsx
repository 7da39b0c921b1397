import { render } from 'preact';
import { Popup } from '../../src/ui/Popup';
import { t, uiLang } from '../../src/i18n';
import './style.css';

// the language the browser chose for the extension's strings (zh_CN unless the browser runs in English)
document.documentElement.lang = uiLang() === 'en' ? 'en' : 'zh-CN';
document.title = t('extName');
render(<Popup />, document.getElementById('app')!);
