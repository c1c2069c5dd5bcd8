/// <reference types="vitest/config" />
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The API the dev server proxies to: a running LifeOS server (./lifeos run) unless LIFEOS_API says otherwise.
const api = process.env.LIFEOS_API ?? 'http://localhost:8080';

type ProxyServer = Parameters<NonNullable<ProxyOptions['configure']>>[0];

function sameOrigin(proxy: ProxyServer): void {
  const origin = new URL(api).origin;
  proxy.on('proxyReq', (req) => {
    if (req.getHeader('origin')) req.setHeader('origin', origin);
  });
  proxy.on('proxyReqWs', (req) => {
    if (req.getHeader('origin')) req.setHeader('origin', origin);
  });
}

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    port: Number(process.env.PORT ?? 5173),
    // The browser sends Origin http://localhost:5173, which the server would refuse (CORS on /api, the allowed
    // origins of /ws); through the proxy the calls are the server's own, so they carry its origin.
    proxy: {
      '/api': { target: api, changeOrigin: true, configure: sameOrigin },
      '/ws': { target: api, changeOrigin: true, ws: true, configure: sameOrigin },
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
