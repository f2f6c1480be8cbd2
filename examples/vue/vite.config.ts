import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <pk-…> are custom elements, not Vue components: Vue renders them as they are.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('pk-') } },
    }),
  ],
  server: {
    // A fixed origin: the portal's rp.origins must list it (the demo: ALLOWED_ORIGINS).
    port: 5173,
    strictPort: true,
    // The portal, here the demo's, answers under /portal on the page's own origin.
    proxy: { '/portal': 'http://localhost:3000' },
  },
});
