import './popup.css';
import './popup-forms.css';
import '../shared/visually-hidden.css';
import { createBrowserClient } from '../shared/client';
import { t } from '../shared/i18n';
import { mountPopup } from './mount';

// "@@ui_locale" (predefined in every extension page) is e.g. "en_US"; lang wants "en-US".
document.documentElement.lang = t('@@ui_locale').replace(/_/g, '-');
document.title = t('popupTitle');

const root = document.getElementById('app');
if (root) void mountPopup(createBrowserClient(), root);
