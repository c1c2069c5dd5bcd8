/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The API the dev server proxies to: a running LifeOS server (./lifeos run) unless LIFEOS_API says otherwise.
const api = process.env.LIFEOS_API ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    port: Number(process.env.PORT ?? 5173),
    proxy: {
      '/api': { target: api, changeOrigin: true },
      '/ws': { target: api, changeOrigin: true, ws: true },
    },
  },
  build: {
    // web/pom.xml packages this folder into a jar the app serves from classpath:/static/.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
