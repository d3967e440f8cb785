import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm run dev` (the API + Socket.IO server) listens while the client runs under `vite`. */
const apiTarget = process.env.API_TARGET ?? 'http://localhost:3000';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    /** CLIENT_OUT_DIR (absolute) builds elsewhere, e.g. for parallel test runs. */
    outDir: process.env.CLIENT_OUT_DIR ?? '../dist/client',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/healthz': apiTarget,
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
});
