// Debian's Chromium, with the flags this closed network needs (no background connections, no sandbox
// as root). Override the binary with OVERSIGHT_CHROMIUM.
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM_PATH = process.env.OVERSIGHT_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
}
