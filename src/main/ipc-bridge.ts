// Wires the typed contract onto an ipcMain-like object: every handler checks its sender and validates its
// arguments before any side effect runs.
import type { InvokeMap } from '../ipc/contract';
import { parseArgs } from '../ipc/validators';
import type { FrameLike } from './guards';

export interface IpcEventLike {
  senderFrame: FrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

export type Handlers = {
  [C in keyof InvokeMap]: (...args: InvokeMap[C]['args']) => Promise<InvokeMap[C]['result']>;
};

export function registerIpc(
  ipc: IpcMainLike,
  handlers: Handlers,
  isTrusted: (frame: FrameLike | null) => boolean,
  log: (message: string) => void,
): void {
  for (const channel of Object.keys(handlers) as (keyof InvokeMap)[]) {
    ipc.handle(channel, async (event, ...args) => {
      if (!isTrusted(event.senderFrame)) {
        const message = `Rejected ${channel}: the call did not come from the app's own page`;
        log(message);
        throw new Error(message);
      }
      const parsed = parseArgs(channel, args);
      const handler = handlers[channel] as (...a: unknown[]) => Promise<unknown>;
      return handler(...(parsed as unknown[]));
    });
  }
}
