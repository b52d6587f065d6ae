import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests print their seed on failure; FC_SEED / FC_RUNS reproduce or deepen them.
    testTimeout: 60_000,
  },
})
