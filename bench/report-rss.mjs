// Preloaded into the tool by bench/cli.mjs (`node --import`): at exit, writes to the file
// named by ZFXXGK_BENCH_RSS the peak resident set of the whole process (main thread and
// worker threads), in kilobytes, and how long the main thread was busy, in milliseconds.
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const target = process.env.ZFXXGK_BENCH_RSS
if (target !== undefined) {
  process.on('exit', () => {
    const { active } = performance.eventLoopUtilization()
    writeFileSync(target, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, mainActive: active }))
  })
}
