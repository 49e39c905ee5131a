import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/ipc/contract';
import { isTrustedSender } from '../../src/main/guards';
import { registerIpc, type Handlers, type IpcEventLike } from '../../src/main/ipc-bridge';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

function setup() {
  const listeners = new Map<string, Listener>();
  const handlers: Handlers = {
    'app:info': vi.fn(async () => ({ name: 'Oversight', version: '1.0.0', shell: 'electron' as const, platform: 'linux' })),
    'files:open': vi.fn(async () => []),
    'files:save': vi.fn(async () => ({ saved: false as const })),
    'files:open-with-system': vi.fn(async () => undefined),
    'shell:open-external': vi.fn(async () => undefined),
    'app:notify': vi.fn(async () => undefined),
    'backups:list': vi.fn(async () => []),
    'backups:write': vi.fn(async () => []),
    'backups:read': vi.fn(async () => new Uint8Array(0)),
    'app:quit-ready': vi.fn(async () => undefined),
  };
  const log = vi.fn();
  registerIpc({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers, (frame) => isTrustedSender(frame), log);
  const call = (channel: string, frame: IpcEventLike['senderFrame'], ...args: unknown[]) => Promise.resolve(listeners.get(channel)!({ senderFrame: frame }, ...args));
  return { listeners, handlers, log, call };
}

const appFrame = { url: 'app://oversight/index.html', parent: null };

describe('the IPC bridge', () => {
  it('registers a handler for every invoke channel of the contract', () => {
    const { listeners } = setup();
    const invoke = Object.values(CHANNELS).filter((c) => c !== CHANNELS.menuCommand && c !== CHANNELS.beforeQuit);
    expect([...listeners.keys()].sort()).toEqual(invoke.sort());
  });

  it('passes validated arguments from the app’s page', async () => {
    const { call, handlers } = setup();
    await expect(call('app:info', appFrame)).resolves.toMatchObject({ name: 'Oversight' });
    await call('app:notify', appFrame, { title: 'Policies overdue', body: '2 policies are now overdue' });
    expect(handlers['app:notify']).toHaveBeenCalledWith({ title: 'Policies overdue', body: '2 policies are now overdue' });
  });

  it('rejects a call from an untrusted frame before anything runs', async () => {
    const { call, handlers, log } = setup();
    for (const frame of [{ url: 'https://evil.example/', parent: null }, { url: 'app://oversight/index.html', parent: {} }, null]) {
      await expect(call('shell:open-external', frame, 'https://www.gov.uk/')).rejects.toThrow("did not come from the app's own page");
    }
    expect(handlers['shell:open-external']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(3);
  });

  it.each([
    ['files:save', [{ suggestedName: '../../etc/passwd', filters: [], bytes: new Uint8Array(1) }]],
    ['files:save', [{ suggestedName: 'report.docx', filters: [], bytes: 'not bytes' }]],
    ['files:open', [{ title: 'Import', filters: [], multiple: true, folders: false, maxBytes: -1 }]],
    ['files:open', []],
    ['shell:open-external', [42]],
    ['app:notify', [{ title: '', body: 'x' }]],
    ['app:info', ['unexpected']],
  ])('rejects malformed arguments to %s', async (channel, args) => {
    const { call, handlers } = setup();
    await expect(call(channel, appFrame, ...args)).rejects.toThrow(`Rejected ${channel}: malformed arguments`);
    expect(handlers[channel as keyof Handlers]).not.toHaveBeenCalled();
  });
});
