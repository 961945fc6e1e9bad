// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HELP_LINK, WelcomeApp } from '../../../src/pages/welcome/components/welcome-app';
import type { Client } from '../../../src/shared/client';
import { setMessageSource, t } from '../../../src/shared/i18n';
import type { Message, Reply } from '../../../src/shared/messages';
import { makeGetMessage } from '../../helpers/messages';

beforeAll(() => {
  setMessageSource(makeGetMessage('en'));
});
afterEach(cleanup);

/** A client whose testAlert reply the test releases when it wants. */
function pendingClient(): {
  client: Pick<Client, 'send'>;
  sent: Message[];
  reply(value: Reply<'testAlert'>): void;
} {
  const sent: Message[] = [];
  let release: (value: Reply<'testAlert'>) => void = () => undefined;
  const client = {
    send: (msg: Message) => {
      sent.push(msg);
      return new Promise<Reply<'testAlert'>>((resolve) => {
        release = resolve;
      });
    },
  } as Pick<Client, 'send'>;
  return { client, sent, reply: (value) => release(value) };
}

describe('welcome page', () => {
  it('has one h1, header/main/footer landmarks, and named sections', () => {
    const { container } = render(<WelcomeApp client={pendingClient().client} />);
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to IceCycle');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    for (const name of [
      'Before you start',
      'Check that alerts reach you',
      'Keep IceCycle in sight',
    ]) {
      expect(screen.getByRole('region', { name })).toBeTruthy();
    }
  });

  it('lists who should ask a clinician first, and the rules for everyone', () => {
    render(<WelcomeApp client={pendingClient().client} />);
    const safety = screen.getByRole('region', { name: 'Before you start' });
    const text = safety.textContent ?? '';
    for (const phrase of [
      /heart condition/,
      /poor circulation/,
      /fever or an infection/,
      /can't feel hot or cold/,
      /broken skin, eczema/,
      /reaction to cold or heat/,
      /history of cancer/,
      /diabetes or a disease of the blood vessels/,
      /reduced feeling \(especially with diabetes\)/,
      /Raynaud's/,
      /bare skin/,
      /Never fall asleep with heat on/,
    ]) {
      expect(text).toMatch(phrase);
    }
  });

  it('says it is not medical advice', () => {
    render(<WelcomeApp client={pendingClient().client} />);
    expect(screen.getByRole('contentinfo').textContent).toMatch(/not medical advice/);
  });

  it('shows the emergency red flags on the page, under a heading with the number', () => {
    render(<WelcomeApp client={pendingClient().client} />);
    const flags = screen.getByRole('region', {
      name: 'Call 911 or 112, or go to the emergency room',
    });
    const items = [...flags.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(6);
    expect(items[0]).toMatch(/numbness or tingling around your genitals/);
    expect(items).toContain('chest pain');
    const link = screen.getByRole('link', { name: t('welcomeHelpLink') });
    expect(flags.contains(link)).toBe(true);
    expect(link.getAttribute('href')).toBe(HELP_LINK);
    expect(HELP_LINK).toBe('guide.html#help');
  });

  it('in British English the red flags say 999 or A&E', () => {
    setMessageSource(makeGetMessage('en_GB'));
    try {
      render(<WelcomeApp client={pendingClient().client} />);
      expect(screen.getByRole('region', { name: 'Call 999 or go to A&E' })).toBeTruthy();
    } finally {
      setMessageSource(makeGetMessage('en'));
    }
  });

  it('ends with the first step, naming the popup’s Start button', () => {
    render(<WelcomeApp client={pendingClient().client} />);
    const sections = screen.getByRole('main').querySelectorAll(':scope > section');
    const last = sections[sections.length - 1];
    expect(last?.querySelector('h2')?.textContent).toBe('Your first step');
    expect(last?.textContent).toMatch(/Click the IceCycle icon.*choose a plan.*Start\./);
    expect(t('welcomeFirstStep')).toContain(t('popupStart'));
    setMessageSource(makeGetMessage('es'));
    try {
      expect(t('welcomeFirstStep')).toContain(t('popupStart'));
    } finally {
      setMessageSource(makeGetMessage('en'));
    }
  });

  it('hints how to pin the icon in Chromium browsers and Firefox', () => {
    render(<WelcomeApp client={pendingClient().client} />);
    const pin = screen.getByRole('region', { name: 'Keep IceCycle in sight' }).textContent ?? '';
    expect(pin).toMatch(/Chrome or Edge: .*puzzle-piece/);
    expect(pin).toMatch(/Firefox: .*Pin to Toolbar/);
  });
});

describe('test alert button', () => {
  it('sends testAlert, is busy while waiting, then shows the permission state', async () => {
    const { client, sent, reply } = pendingClient();
    render(<WelcomeApp client={client} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Send a test alert' }));
    const busy = await screen.findByRole('button', { name: 'Sending…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(sent).toEqual([{ type: 'testAlert' }]);
    reply({ ok: true, value: { permission: 'granted' } });
    await waitFor(() => expect(status.textContent).toMatch(/allows IceCycle's alerts/));
    expect(status.textContent).toMatch(/Test alert sent/);
    const again = screen.getByRole('button', { name: 'Send a test alert' }) as HTMLButtonElement;
    expect(again.disabled).toBe(false);
  });

  it.each([
    ['denied', /blocking IceCycle's alerts/],
    ['unknown', /doesn't say whether alerts are allowed/],
  ] as const)('shows a %s permission', async (permission, expected) => {
    const { client, reply } = pendingClient();
    render(<WelcomeApp client={client} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send a test alert' }));
    await screen.findByRole('button', { name: 'Sending…' });
    reply({ ok: true, value: { permission } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(expected));
    const warning = screen.getByRole('status').querySelector('.warning');
    expect(warning !== null).toBe(permission === 'denied');
  });

  it('shows the error when the alert could not be shown', async () => {
    const { client, reply } = pendingClient();
    render(<WelcomeApp client={client} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send a test alert' }));
    await screen.findByRole('button', { name: 'Sending…' });
    reply({ ok: false, error: 'errorTestAlertFailed' });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(t('errorTestAlertFailed')),
    );
  });

  it('always lists what to check when alerts do not appear', () => {
    render(<WelcomeApp client={pendingClient().client} />);
    const alerts = screen.getByRole('region', { name: 'Check that alerts reach you' });
    expect(alerts.textContent).toMatch(/notification settings/);
    expect(alerts.textContent).toMatch(/Do Not Disturb or Focus/);
    expect(alerts.textContent).toMatch(/browser's own settings/);
  });
});
