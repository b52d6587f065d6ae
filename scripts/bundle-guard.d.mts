// Types of bundle-guard.mjs, for the tests that import it.
import type { Plugin } from 'esbuild'

/** Fails the build on any import of a package or a Node built-in. */
export declare const selfContained: Plugin
/** Leaves the modules at `files` (absolute paths) out of the bundle, as external imports. */
export declare function beside(files: Iterable<string>): Plugin
/** Adds `plugin` to a size-limit check's esbuild options. */
export declare function withPlugin(plugin: Plugin): <Options extends { plugins?: Plugin[] }>(options: Options) => Options
