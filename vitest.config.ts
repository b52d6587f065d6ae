import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests print their seed on failure; FC_SEED / FC_RUNS reproduce or deepen them.
    testTimeout: 60_000,
    // Hooks start Chromium and the playground: on a fresh 2-core machine whose page cache is
    // cold (the browser read from disk) while other test files run, that took over the
    // default 10 s once.
    hookTimeout: 60_000,
  },
})
