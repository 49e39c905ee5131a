import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type FsLike, type ShellDeps } from '../../src/main/handlers';

function fakeFs(tree: Record<string, Uint8Array | 'dir'>): FsLike & { written: Map<string, Uint8Array> } {
  const written = new Map<string, Uint8Array>();
  return {
    written,
    stat: async (path) => {
      const node = tree[path];
      if (node === undefined) throw new Error(`ENOENT ${path}`);
      return { size: node === 'dir' ? 0 : node.byteLength, mtimeMs: 1, isDirectory: () => node === 'dir', isFile: () => node !== 'dir' };
    },
    readFile: async (path) => {
      const node = tree[path];
      if (!(node instanceof Uint8Array)) throw new Error(`EISDIR ${path}`);
      return node;
    },
    writeFile: async (path, bytes) => {
      written.set(path, bytes);
    },
    readdir: async (path) =>
      Object.keys(tree)
        .filter((p) => p.startsWith(`${path}/`) && !p.slice(path.length + 1).includes('/'))
        .map((p) => p.slice(path.length + 1)),
    mkdtemp: async (prefix) => `${prefix}abc`,
  };
}

function deps(over: Partial<ShellDeps> = {}, tree: Record<string, Uint8Array | 'dir'> = {}) {
  let last: string | undefined;
  const fs = fakeFs(tree);
  const d: ShellDeps = {
    appInfo: { name: 'Oversight', version: '0.1.0', platform: 'linux' },
    fs,
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    openPath: vi.fn(async () => ''),
    openExternal: vi.fn(async () => undefined),
    showNotification: vi.fn(),
    lastFolder: { get: () => last, set: (f) => (last = f) },
    tempDir: '/tmp',
    platform: 'linux',
    backups: { dir: '/data/backups', fs: { mkdir: vi.fn(), readdir: vi.fn(async () => []), stat: vi.fn(), readFile: vi.fn(), writeFile: vi.fn(), rename: vi.fn(), unlink: vi.fn() } },
    quitReady: vi.fn(),
    ...over,
  };
  return { d, fs, handlers: createHandlers(d), last: () => last };
}

const docxFilter = [{ name: 'Policies', extensions: ['docx', 'pdf', 'txt'] }];

describe('open files', () => {
  it('reads the chosen files, expands folders, and reports files over the limit', async () => {
    const tree = {
      '/policies': 'dir' as const,
      '/policies/a.docx': new Uint8Array(10),
      '/policies/big.pdf': new Uint8Array(5000),
      '/policies/notes.exe': new Uint8Array(3),
      '/policies/.hidden.txt': new Uint8Array(3),
      '/policies/sub': 'dir' as const,
      '/policies/sub/b.txt': new Uint8Array(4),
    };
    const { handlers, last } = deps({ showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/policies'] })) }, tree);
    const files = await handlers['files:open']({ title: 'Import policies', filters: docxFilter, multiple: true, folders: true, maxBytes: 1000 });
    expect(files.map((f) => [f.name, 'error' in f ? f.error : f.size])).toEqual([
      ['a.docx', 10],
      ['big.pdf', 'is larger than the 0 MB limit'],
      ['b.txt', 4],
    ]);
    expect(last()).toBe('/policies');
  });

  it('returns nothing when the user cancels', async () => {
    const { handlers } = deps();
    expect(await handlers['files:open']({ title: 'Import', filters: docxFilter, multiple: true, folders: false, maxBytes: 1000 })).toEqual([]);
  });
});

describe('save file', () => {
  it('writes where the user chose and remembers the folder', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/reports/governors.docx' }));
    const { handlers, fs, last } = deps({ showSaveDialog });
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await handlers['files:save']({ suggestedName: 'governors.docx', filters: [], bytes })).toEqual({ saved: true, path: '/reports/governors.docx' });
    expect(fs.written.get('/reports/governors.docx')).toEqual(bytes);
    expect(last()).toBe('/reports');
  });

  it('writes nothing when the user cancels', async () => {
    const { handlers, fs } = deps();
    expect(await handlers['files:save']({ suggestedName: 'x.docx', filters: [], bytes: new Uint8Array(1) })).toEqual({ saved: false });
    expect(fs.written.size).toBe(0);
  });
});

describe('open with the system', () => {
  it('opens documents through a private temporary copy', async () => {
    const { handlers, d, fs } = deps();
    await handlers['files:open-with-system']({ name: 'policy.docx', bytes: new Uint8Array([1]) });
    expect([...fs.written.keys()]).toEqual(['/tmp/oversight-open-abc/policy.docx']);
    expect(d.openPath).toHaveBeenCalledWith('/tmp/oversight-open-abc/policy.docx');
  });

  it.each(['payload.exe', 'script.sh', 'page.html', 'shortcut.desktop', 'noextension'])('refuses to hand %s to another program', async (name) => {
    const { handlers, d } = deps();
    await expect(handlers['files:open-with-system']({ name, bytes: new Uint8Array([1]) })).rejects.toThrow('not a document or image type');
    expect(d.openPath).not.toHaveBeenCalled();
  });

  it('reports when the system cannot open it', async () => {
    const { handlers } = deps({ openPath: vi.fn(async () => 'No application is associated') });
    await expect(handlers['files:open-with-system']({ name: 'a.pdf', bytes: new Uint8Array([1]) })).rejects.toThrow('Could not open "a.pdf": No application is associated');
  });
});

describe('shell', () => {
  it('refuses non-https links and opens https ones', async () => {
    const { handlers, d } = deps();
    await expect(handlers['shell:open-external']('http://example.org')).rejects.toThrow('only https');
    await handlers['shell:open-external']('https://www.gov.uk/');
    expect(d.openExternal).toHaveBeenCalledWith('https://www.gov.uk/');
  });

  it('reports app info and shows notifications', async () => {
    const { handlers, d } = deps();
    expect(await handlers['app:info']()).toEqual({ name: 'Oversight', version: '0.1.0', platform: 'linux', shell: 'electron' });
    await handlers['app:notify']({ title: 'Due soon', body: 'Brookfield Junior School: social media policy' });
    expect(d.showNotification).toHaveBeenCalledWith('Due soon', 'Brookfield Junior School: social media policy');
  });
});
