import { API_GLOBAL, type OversightApi } from '../../ipc/contract';
import { browserApi } from './browser-api';

/** The desktop preload's API when running in Electron, the browser implementation otherwise. */
export function getPlatform(): OversightApi {
  const exposed = (window as unknown as Record<string, OversightApi | undefined>)[API_GLOBAL];
  return exposed ?? browserApi;
}

export const platform: OversightApi = getPlatform();
export { downloadBytes, readPicked } from './browser-api';
