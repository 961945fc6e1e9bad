/** Fake `commands`: the manifest's shortcuts and a key press. */
import type { Browser } from '../../src/shared/browser';
import { FakeEvent } from './event';

export interface FakeCommand {
  readonly name: string;
  readonly description: string;
  /** Empty when no key is set. */
  readonly shortcut: string;
}

/** Typed against the polyfill's commands API: a signature drift there fails `tsc` here. */
export class FakeCommands implements Pick<Browser.Commands.Static, 'getAll' | 'onCommand'> {
  readonly onCommand = new FakeEvent<(command: string) => unknown>();
  /** What `getAll` lists, as the browser reads it from the manifest and the person's choices. */
  list: FakeCommand[] = [
    { name: '_execute_action', description: '', shortcut: 'Alt+Shift+Y' },
    { name: 'toggle-confirm-pause', description: 'Confirm, end or pause', shortcut: 'Alt+Shift+U' },
  ];

  async getAll(): Promise<FakeCommand[]> {
    await Promise.resolve();
    return structuredClone(this.list);
  }

  /** The person presses the shortcut bound to `name`. */
  press(name: string): Promise<void> {
    return this.onCommand.dispatch(name);
  }
}
