/** Entry of options.html (the manifest's options_ui page). */
import '../shared/visually-hidden.css';
import './options.css';
import './history.css';
import { t } from '../shared/i18n';
import { mountOptions } from './mount';
import { createOptionsClient } from './options-client';

// "@@ui_locale" is e.g. "en_US"; the lang attribute wants "en-US".
const locale = t('@@ui_locale');
if (locale !== '@@ui_locale') document.documentElement.lang = locale.replace(/_/g, '-');
document.title = t('optionsTitle');

const root = document.getElementById('app');
if (root) void mountOptions(createOptionsClient(), root);
