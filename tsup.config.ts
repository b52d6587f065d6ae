import { defineConfig } from 'tsup'

export default defineConfig({
  // The library, and the command-line tool with its worker (`bin`: dist/cli.js). One
  // build, so that the tool and its worker share the library's chunks instead of each
  // carrying a copy.
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm'],
  // Types for the library entries only: the tool is not imported.
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // Only the tool imports Node built-ins; the core entry must not (eslint enforces it).
  external: [/^node:/],
  removeNodeProtocol: false,
  treeshake: true,
  splitting: true,
  sourcemap: false,
})
