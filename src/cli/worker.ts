/**
 * The worker of the command-line tool (`dist/cli-worker.js`): reads, decodes and parses
 * the files of a task, formats them, and sends the batch's output back as UTF-8 bytes
 * whose buffer is transferred, not copied. The main thread then only writes bytes: no
 * copy of large strings between threads, no encoding on the thread that also has to
 * keep the pool busy.
 */
import Tinypool from 'tinypool'
import { ByteWriter } from './byte-writer.js'
import { writeChunk } from './formats/json.js'
import { frameItem } from './framing.js'
import { processInput } from './process.js'
import { processSeries } from './series.js'
import type { BatchResult, SeriesResult, Task } from './types.js'

/**
 * Detach a throwaway buffer before any code runs hot. V8 compiles typed-array code on the
 * promise that no ArrayBuffer has ever been detached; the first batch whose bytes are
 * transferred breaks that promise, and every function compiled on it (the readers' token
 * lists, the byte writer: some 15 of them) is thrown away and compiled again. Broken at
 * start, it is never relied on: the code is compiled once, as it ends up anyway.
 */
function detachOnce(): void {
  const scratch = new ArrayBuffer(0)
  structuredClone(scratch, { transfer: [scratch] })
}
detachOnce()

/** The JSON writer and the UTF-8 decoder, exported for `bench/cli.mjs` to time the very code the workers run. */
export { reportJsonBytes } from './formats/json.js'
export { decodeUtf8 } from './utf8.js'

/** Hand `value` back with `bytes`' buffer moved to the main thread instead of copied. */
function moving<Value extends { bytes: Uint8Array }>(value: Value): Value {
  const transferable = { [Tinypool.transferableSymbol]: [value.bytes.buffer], [Tinypool.valueSymbol]: value }
  return Tinypool.move(transferable as never) as unknown as Value
}

/** Run one task (tinypool calls the default export). */
export default function run(task: Task): BatchResult | SeriesResult {
  if (task.kind === 'series') {
    const { chunk, ...counts } = processSeries(task.organ, task.inputs, task.settings)
    const writer = new ByteWriter()
    writer.write(frameItem(task.settings.format, chunk, false))
    return moving({ bytes: writer.bytes(), ...counts })
  }
  const writer = new ByteWriter(task.buffer)
  const files = task.inputs.map((input, index) => {
    const { chunk, ...summary } = processInput(input, task.settings)
    writeChunk(writer, frameItem(task.settings.format, chunk, task.first && index === 0))
    return summary
  })
  return moving({ bytes: writer.bytes(), files })
}
