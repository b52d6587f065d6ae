import { defineConfig } from 'tsup'

export default defineConfig({
  // The core, and the subpath entries that carry the dependencies.
  entry: {
    index: 'src/index.ts',
    html: 'src/html/index.ts',
    markdown: 'src/markdown/index.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: true,
  sourcemap: false,
})
