// Preloaded into the tool by bench/cli.mjs (`node --import`): at exit, writes to the file
// named by ZFXXGK_BENCH_RSS the peak resident set of the whole process (main thread and
// worker threads), in kilobytes, and the CPU time of all threads, in microseconds (less
// sensitive than wall time to other processes on the machine).
import { writeFileSync } from 'node:fs'

const target = process.env.ZFXXGK_BENCH_RSS
if (target !== undefined) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(target, JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }))
  })
}
