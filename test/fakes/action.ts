/** Fake `action`: the badge (text, colours) and the tooltip, and `openPopup` as each browser allows. */
import type { Browser } from '../../src/shared/browser';

type Action = Browser.Action.Static;

/**
 * Typed against the polyfill's action API (a signature drift there fails `tsc` here), all but the
 * colour getters: they hand back the colour as it was set, where the browsers give [r, g, b, a].
 */
export class FakeAction
  implements
    Pick<Action, 'setBadgeText' | 'getBadgeText' | 'setBadgeBackgroundColor' | 'setBadgeTextColor'>,
    Pick<Action, 'setTitle' | 'getTitle'>,
    Partial<Pick<Action, 'openPopup'>>
{
  badgeText = '';
  badgeBackgroundColor: string | null = null;
  badgeTextColor: string | null = null;
  title: string;
  popupOpens = 0;
  openPopup?: () => Promise<void>;

  constructor(
    private readonly defaultTitle: string,
    openPopup: 'opens' | 'rejects' | 'missing',
  ) {
    this.title = defaultTitle;
    if (openPopup === 'opens') {
      this.openPopup = async () => {
        this.popupOpens++;
      };
    } else if (openPopup === 'rejects') {
      this.openPopup = () => Promise.reject(new Error('openPopup requires a user gesture'));
    }
  }

  async setBadgeText(details: { text: string | null }): Promise<void> {
    this.badgeText = details.text ?? '';
  }
  async getBadgeText(_details: object = {}): Promise<string> {
    return this.badgeText;
  }
  async setBadgeBackgroundColor(details: { color: string }): Promise<void> {
    this.badgeBackgroundColor = details.color;
  }
  async getBadgeBackgroundColor(_details: object = {}): Promise<string | null> {
    return this.badgeBackgroundColor;
  }
  async setBadgeTextColor(details: { color: string }): Promise<void> {
    this.badgeTextColor = details.color;
  }
  async getBadgeTextColor(_details: object = {}): Promise<string | null> {
    return this.badgeTextColor;
  }
  async setTitle(details: { title: string | null }): Promise<void> {
    this.title = details.title ?? this.defaultTitle;
  }
  async getTitle(_details: object = {}): Promise<string> {
    return this.title;
  }

  /** A browser restart forgets runtime badge customisations (w3c/webextensions#249). */
  forget(): void {
    this.badgeText = '';
    this.badgeBackgroundColor = null;
    this.badgeTextColor = null;
    this.title = this.defaultTitle;
  }
}
