/** Entry of welcome.html: opened once on first install, and later from the popup. */
import '../page-base.css';
import './welcome.css';
import { render } from 'preact';
import { createBrowserClient } from '../../shared/client';
import { t, uiLanguage } from '../../shared/i18n';
import { WelcomeApp } from './components/welcome-app';

document.documentElement.lang = uiLanguage();
document.title = t('welcomeDocumentTitle');
const root = document.getElementById('app');
if (root) render(<WelcomeApp client={createBrowserClient()} />, root);
