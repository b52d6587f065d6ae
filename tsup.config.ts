import { defineConfig } from 'tsup'

const library = {
  index: 'src/index.ts',
  html: 'src/html/index.ts',
  markdown: 'src/markdown/index.ts',
  schema: 'src/schema/index.ts',
}

export default defineConfig({
  // The core, the subpath entries that carry the dependencies (parse5, zod, unified's
  // types), and the command-line tool with its worker (`bin`: dist/cli.js). One build, so
  // that the tool and its worker share the library's chunks instead of each carrying a copy.
  entry: { ...library, cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm'],
  // Types for the library entries only: the tool is not imported.
  dts: { entry: library },
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // Only the tool imports Node built-ins; the core entry must not (eslint enforces it).
  external: [/^node:/],
  removeNodeProtocol: false,
  treeshake: true,
  splitting: true,
  sourcemap: false,
  // The JSON Schema of the model, generated from the built zod schema.
  onSuccess: 'node scripts/json-schema.mjs',
})
