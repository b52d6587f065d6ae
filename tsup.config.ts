import { defineConfig } from 'tsup'

export default defineConfig({
  // The core, and the subpath entries that carry the dependencies (parse5, zod, unified's types).
  entry: {
    index: 'src/index.ts',
    html: 'src/html/index.ts',
    markdown: 'src/markdown/index.ts',
    schema: 'src/schema/index.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: true,
  sourcemap: false,
  // The JSON Schema of the model, generated from the built zod schema.
  onSuccess: 'node scripts/json-schema.mjs',
})
