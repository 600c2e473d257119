import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';

let server: PreviewServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

/** Serve the built app (dist/) once for all e2e files, and find Chromium before anything runs. */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!existsSync('dist/index.html')) throw new Error('dist/ saknas: kör `vite build` före e2e-testerna (npm run test:e2e gör det).');
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Förhandsvisningsservern fick ingen adress.');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
  };
}
