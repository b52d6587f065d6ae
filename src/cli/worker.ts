/**
 * The worker of the command-line tool (`dist/cli-worker.js`): reads, decodes and parses
 * the files of a task and sends back each one's piece of output, ready to write. Doing
 * the formatting here too keeps the main thread free for writing, and what crosses the
 * thread boundary small: one string and a few counts per file instead of a whole report.
 */
import { processInput } from './process.js'
import { processSeries } from './series.js'
import type { FileResult, SeriesResult, Task } from './types.js'

/** Run one task (tinypool calls the default export). */
export default function run(task: Task): FileResult[] | SeriesResult {
  if (task.kind === 'series') return processSeries(task.organ, task.inputs, task.settings)
  return task.inputs.map((input) => processInput(input, task.settings))
}
