import { describe, expect, it, vi } from 'vitest';
import {
  autoBackupName,
  backupsToPrune,
  dailyBackupDue,
  parseAutoBackupName,
} from '../../src/ipc/backup-files';
import { parseArgs } from '../../src/ipc/validators';
import { backupPath, createBackupHandlers, type BackupFs } from '../../src/main/backups';
import { createQuitGuard } from '../../src/main/quit-guard';

function memoryFs(initial: Record<string, Uint8Array> = {}) {
  const files = new Map(Object.entries(initial));
  const fs: BackupFs = {
    mkdir: vi.fn(async () => undefined),
    readdir: async (dir) => {
      const names = [...files.keys()]
        .filter((p) => p.startsWith(`${dir}/`))
        .map((p) => p.slice(dir.length + 1));
      if (names.length === 0 && !files.has(`${dir}/.keep`))
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return names;
    },
    stat: async (p) => ({ size: files.get(p)!.byteLength }),
    readFile: async (p) => {
      const f = files.get(p);
      if (!f) throw new Error(`ENOENT ${p}`);
      return f;
    },
    writeFile: async (p, b) => {
      files.set(p, b);
    },
    rename: async (from, to) => {
      files.set(to, files.get(from)!);
      files.delete(from);
    },
    unlink: async (p) => {
      files.delete(p);
    },
  };
  return { fs, files };
}

const dir = '/home/ruth/.config/Oversight/backups';
const at = (iso: string) => new Date(iso);

describe('automatic backup names', () => {
  it('say when and why a backup was made, and nothing else passes', () => {
    const name = autoBackupName(at('2026-11-21T17:05:09.123Z'), 'daily');
    expect(name).toBe('oversight-2026-11-21T17-05-09Z-daily.oversight');
    expect(parseAutoBackupName(name)).toEqual({ createdAt: '2026-11-21T17:05:09.000Z', reason: 'daily' });
    for (const bad of [
      '../oversight-2026-11-21T17-05-09Z-daily.oversight',
      'oversight-2026-11-21T17-05-09Z-daily.oversight/../../x',
      'evil.exe',
      'oversight-2026-13-45T99-99-99Z-daily.oversight',
      'oversight-2026-11-21T17-05-09Z-weekly.oversight',
    ]) {
      expect(parseAutoBackupName(bad), bad).toBeNull();
      expect(() => parseArgs('backups:read', [bad]), bad).toThrow('Rejected backups:read');
      expect(() => backupPath(dir, bad), bad).toThrow('not an automatic backup’s name');
    }
  });

  it('keep the newest N', () => {
    const names = [
      '2026-11-19T08-00-00Z-daily',
      '2026-11-21T08-00-00Z-daily',
      '2026-11-20T17-00-00Z-quit',
      '2026-11-20T08-00-00Z-daily',
    ].map((n) => `oversight-${n}.oversight`);
    expect(backupsToPrune([...names, 'notes.txt'], 2)).toEqual([
      'oversight-2026-11-20T08-00-00Z-daily.oversight',
      'oversight-2026-11-19T08-00-00Z-daily.oversight',
    ]);
    expect(backupsToPrune(names, 10)).toEqual([]);
  });

  it('make the daily backup once a (local) day', () => {
    const localDate = (iso: string) => iso.slice(0, 10);
    expect(dailyBackupDue([], '2026-11-21', localDate)).toBe(true);
    expect(dailyBackupDue([{ createdAt: '2026-11-20T23:00:00.000Z' }], '2026-11-21', localDate)).toBe(true);
    expect(dailyBackupDue([{ createdAt: '2026-11-21T06:00:00.000Z' }], '2026-11-21', localDate)).toBe(false);
  });
});

describe('backup handlers in main', () => {
  it('write through a temporary file, prune to the newest N, list newest first and read back', async () => {
    const { fs, files } = memoryFs({
      [`${dir}/notes.txt`]: new Uint8Array([9]),
      [`${dir}/oversight-2026-11-18T08-00-00Z-daily.oversight.partial`]: new Uint8Array([1]),
    });
    const handlers = createBackupHandlers({ fs, dir });
    const writes = vi.spyOn(fs, 'writeFile');
    for (const [i, iso] of [
      '2026-11-19T08:00:00Z',
      '2026-11-20T08:00:00Z',
      '2026-11-21T08:00:00Z',
    ].entries()) {
      await handlers['backups:write']({
        name: autoBackupName(at(iso), 'daily'),
        bytes: new Uint8Array(i + 1),
        keep: 2,
      });
    }
    expect(writes.mock.calls.map(([p]) => p)).toEqual([
      `${dir}/oversight-2026-11-19T08-00-00Z-daily.oversight.partial`,
      `${dir}/oversight-2026-11-20T08-00-00Z-daily.oversight.partial`,
      `${dir}/oversight-2026-11-21T08-00-00Z-daily.oversight.partial`,
    ]);
    const list = await handlers['backups:list']();
    expect(list.map((b) => [b.name, b.size, b.reason])).toEqual([
      ['oversight-2026-11-21T08-00-00Z-daily.oversight', 3, 'daily'],
      ['oversight-2026-11-20T08-00-00Z-daily.oversight', 2, 'daily'],
    ]);
    // Other files in the folder are left alone; leftovers of interrupted writes are cleared.
    expect([...files.keys()].sort()).toEqual([
      `${dir}/notes.txt`,
      `${dir}/oversight-2026-11-20T08-00-00Z-daily.oversight`,
      `${dir}/oversight-2026-11-21T08-00-00Z-daily.oversight`,
    ]);
    expect(await handlers['backups:read']('oversight-2026-11-20T08-00-00Z-daily.oversight')).toEqual(
      new Uint8Array(2),
    );
    await expect(handlers['backups:read']('../../secrets.oversight')).rejects.toThrow(
      'not an automatic backup’s name',
    );
  });

  it('list nothing before the first backup', async () => {
    const { fs } = memoryFs();
    expect(await createBackupHandlers({ fs, dir })['backups:list']()).toEqual([]);
  });

  it('refuse bad arguments at the boundary', () => {
    const name = autoBackupName(at('2026-11-21T08:00:00Z'), 'quit');
    expect(() => parseArgs('backups:write', [{ name, bytes: new Uint8Array(1), keep: 0 }])).toThrow(
      'Rejected backups:write',
    );
    expect(() => parseArgs('backups:write', [{ name, bytes: new Uint8Array(0), keep: 5 }])).toThrow(
      'Rejected backups:write',
    );
    expect(() =>
      parseArgs('backups:write', [{ name: 'x.oversight', bytes: new Uint8Array(1), keep: 5 }]),
    ).toThrow('Rejected backups:write');
    expect(parseArgs('backups:write', [{ name, bytes: new Uint8Array(1), keep: 5 }])[0].keep).toBe(5);
  });
});

describe('the on-quit backup guard', () => {
  function setup(hasWindow = true) {
    const timers: { fn: () => void; ms: number; cancelled: boolean }[] = [];
    const request = vi.fn(() => hasWindow);
    const guard = createQuitGuard({
      request,
      timeoutMs: 60_000,
      setTimer: (fn, ms) => {
        const t = { fn, ms, cancelled: false };
        timers.push(t);
        return () => {
          t.cancelled = true;
        };
      },
    });
    const event = () => ({ preventDefault: vi.fn() });
    return { guard, timers, request, event };
  }

  it('holds the close until the renderer has made its backup, then closes once', () => {
    const { guard, timers, request, event } = setup();
    const close = vi.fn();
    const first = event();
    guard.intercept(first, 'close', close);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(request).toHaveBeenCalledTimes(1);
    expect(close).not.toHaveBeenCalled();
    guard.ready();
    expect(close).toHaveBeenCalledTimes(1);
    expect(timers[0]!.cancelled).toBe(true);
    // The real close now goes through.
    const second = event();
    guard.intercept(second, 'close', close);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('closes anyway after the time limit', () => {
    const { guard, timers, event } = setup();
    const quit = vi.fn();
    guard.intercept(event(), 'quit', quit);
    expect(timers[0]!.ms).toBe(60_000);
    timers[0]!.fn();
    expect(quit).toHaveBeenCalledTimes(1);
    guard.ready();
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('lets quitting win over closing the window while waiting, and does not wait without a window', () => {
    const { guard, event } = setup();
    const [close, quit] = [vi.fn(), vi.fn()];
    guard.intercept(event(), 'close', close);
    guard.intercept(event(), 'quit', quit);
    guard.intercept(event(), 'close', close);
    guard.ready();
    expect(quit).toHaveBeenCalledTimes(1);
    expect(close).not.toHaveBeenCalled();

    const none = setup(false);
    const e = none.event();
    none.guard.intercept(e, 'quit', quit);
    expect(e.preventDefault).not.toHaveBeenCalled();
  });
});
