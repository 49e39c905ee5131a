// The on-quit backup: when the window is about to close (or the app to quit), main holds the close, asks
// the renderer to make its backup, and closes once the renderer says it is done, or after a time limit so
// a stuck renderer can never keep the app from quitting.

export interface QuitGuardDeps {
  /** Asks the renderer to prepare for closing; false when there is no window to ask. */
  request(): boolean;
  /** Schedules `fn` after `ms`; returns a cancel function. */
  setTimer(fn: () => void, ms: number): () => void;
  timeoutMs: number;
}

export interface CloseEvent {
  preventDefault(): void;
}

export interface QuitGuard {
  /** For `close` on the window and `before-quit` on the app: `then` closes or quits for real. */
  intercept(event: CloseEvent, kind: 'close' | 'quit', then: () => void): void;
  /** The renderer has finished (IPC app:quit-ready). */
  ready(): void;
  /** A new window: its closing is guarded again. */
  reset(): void;
}

export function createQuitGuard(deps: QuitGuardDeps): QuitGuard {
  let state: 'idle' | 'waiting' | 'done' = 'idle';
  let next: (() => void) | null = null;
  let nextKind: 'close' | 'quit' = 'close';
  let cancel: (() => void) | null = null;
  const finish = () => {
    if (state !== 'waiting') return;
    cancel?.();
    cancel = null;
    state = 'done';
    const then = next;
    next = null;
    then?.();
  };
  return {
    intercept(event, kind, then) {
      if (state === 'done') return;
      if (state === 'waiting') {
        event.preventDefault();
        // Quitting the app outranks closing the window.
        if (kind === 'quit' || nextKind === 'close') {
          next = then;
          nextKind = kind;
        }
        return;
      }
      if (!deps.request()) {
        state = 'done';
        return;
      }
      event.preventDefault();
      state = 'waiting';
      next = then;
      nextKind = kind;
      cancel = deps.setTimer(finish, deps.timeoutMs);
    },
    ready: finish,
    reset() {
      if (state === 'done') state = 'idle';
    },
  };
}
