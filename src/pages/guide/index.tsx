/** Entry of guide.html: renders the guide for the topic in `location.hash`. */
import '../page-base.css';
import '../../shared/visually-hidden.css';
import './guide.css';
import { render } from 'preact';
import { GuideApp } from './components/guide-app';

const root = document.getElementById('app');
if (root) render(<GuideApp />, root);
