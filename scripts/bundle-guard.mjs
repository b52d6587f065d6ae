// esbuild plugins for the bundle budgets (.size-limit.js) and their test.
//
// `selfContained` makes a bundle fail when it imports a package or a Node built-in: the
// core entry must bundle for browsers from its own files alone. `beside(files)` leaves
// `files` out of a bundle, so that a subpath entry is measured by its own code only.
import { isAbsolute, resolve } from 'node:path'

/** Does `specifier` name a package or a built-in (`parse5`, `node:fs`, `fs`), not a file. */
function bare(specifier) {
  return !specifier.startsWith('.') && !isAbsolute(specifier)
}

/** Fails the build on any import of a package or a Node built-in. */
export const selfContained = {
  name: 'self-contained',
  setup(build) {
    // (esbuild's filters are Go expressions, without lookahead: the test is in JavaScript.)
    build.onResolve({ filter: /./ }, (args) => {
      if (args.kind === 'entry-point' || !bare(args.path)) return undefined
      return { errors: [{ text: `${args.importer} imports "${args.path}": the core entry imports no dependency and no Node built-in` }] }
    })
  },
}

/** Leaves the modules at `files` (absolute paths) out of the bundle, as external imports. */
export function beside(files) {
  const left = new Set(files)
  return {
    name: 'beside',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const path = resolve(args.resolveDir, args.path)
        return left.has(path) ? { path, external: true } : undefined
      })
    },
  }
}

/** Adds `plugin` to a size-limit check's esbuild options. */
export function withPlugin(plugin) {
  return (options) => ({ ...options, plugins: [...(options.plugins ?? []), plugin] })
}
