import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * Find a Chromium binary: CHROMIUM_PATH first, then PATH. Throws a message that says how to
 * install one, so the e2e step never skips silently.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} är inte ett körbart program.`);
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const p = join(dir, name);
      if (isExecutable(p)) return p;
    }
  }
  throw new Error(
    'Hittar ingen Chromium för e2e-testerna. Installera den med ' +
      '`sudo apt-get update && sudo apt-get install -y chromium` eller ange CHROMIUM_PATH=/sökväg/till/chromium.',
  );
}

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The flags this machine needs: no sandbox as root, no GPU, no network chatter. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
