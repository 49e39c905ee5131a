// "Import policies": the file picker (a native dialog on the desktop, the browser's otherwise).
import { READABLE_EXTENSIONS } from '../../../../documents/read-formats';
import type { SettingId } from '../../../../core/ids';
import { platform } from '../../../platform';
import type { Store } from '../../../app/db-context';
import { importFiles } from './import-run';

export async function pickAndImport(store: Store, settingId?: SettingId): Promise<void> {
  const config = await store.config.load();
  const picked = await platform.openFiles({
    title: 'Import policies',
    filters: [{ name: 'Policy documents', extensions: [...READABLE_EXTENSIONS] }],
    multiple: true,
    folders: true,
    maxBytes: config.maxImportMegabytes * 1024 * 1024,
  });
  if (picked.length === 0) return;
  await importFiles(
    store,
    picked.map((p) =>
      'error' in p
        ? { name: p.name, path: p.path, size: p.size, error: p.error }
        : { name: p.name, path: p.path, size: p.size, bytes: p.bytes },
    ),
    { settingId },
  );
}
