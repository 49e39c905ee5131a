// Every schema version, in order. Add a file per version; never edit a released one.
import { initialSchema } from './001-initial-schema';
import { settingsNameKey } from './002-settings-name-key';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [initialSchema, settingsNameKey];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
