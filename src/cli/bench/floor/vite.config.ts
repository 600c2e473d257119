import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The floor page is built on its own into .bench/floor-dist: it is not part of the app. */
const root = fileURLToPath(new URL('.', import.meta.url));
export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: { target: 'es2022', outDir: fileURLToPath(new URL('../../../../.bench/floor-dist', import.meta.url)), emptyOutDir: true },
});
