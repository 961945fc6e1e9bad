import './popup.css';
import { createBrowserClient } from '../shared/client';
import { t } from '../shared/i18n';
import { mountPopup } from './mount';

// "@@ui_locale" is e.g. "en_US"; the lang attribute wants "en-US".
const locale = t('@@ui_locale');
if (locale !== '@@ui_locale') document.documentElement.lang = locale.replace(/_/g, '-');
document.title = t('popupTitle');

const root = document.getElementById('app');
if (root) void mountPopup(createBrowserClient(), root);
