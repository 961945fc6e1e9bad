/** The preview page's script: the real popup App on one named state, with a fixed clock. */
import '../../../src/popup/popup.css';
import '../../../src/popup/popup-forms.css';
import '../../../src/shared/visually-hidden.css';
import { render } from 'preact';
import { App } from '../../../src/popup/app';
import { setMessageSource } from '../../../src/shared/i18n';
import { getMessageFrom, type LocaleMessage } from '../../helpers/get-message';
import { createMockClient } from '../mock-client';
import { popupStates } from './states';

const host = globalThis as unknown as {
  messages: Record<string, LocaleMessage>;
  stateName: string;
};
setMessageSource(getMessageFrom(host.messages));
const state = popupStates().find((s) => s.name === host.stateName);
const root = document.getElementById('app');
if (state && root) {
  const client = createMockClient(state.snapshot, state.now);
  render(<App client={client} initial={state.snapshot} />, root);
}
