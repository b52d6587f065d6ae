/**
 * Where the output goes: standard output or `--out FILE`, written with backpressure (a
 * write waits for the stream to drain), so that a slow disk or pipe slows the workers
 * down instead of filling memory.
 */
import { createWriteStream, openSync } from 'node:fs'
import { once } from 'node:events'
import type { Writable } from 'node:stream'

/** An output being written. */
export interface Sink {
  /** Is it a terminal (colours, and the progress bar must step aside). */
  readonly tty: boolean
  /** Write `data`; `written` is called once it has been handed to the system. */
  write(data: string | Uint8Array, written?: () => void): Promise<void> | void
  /** Flush and close (a file) or flush (standard output). */
  end(): Promise<void>
}

/** A sink over a stream; `close` ends the stream when done. */
function streamSink(stream: Writable & { isTTY?: boolean }, close: boolean): Sink {
  let failure: Error | undefined
  stream.on('error', (error: Error) => {
    failure = error
  })
  return {
    tty: stream.isTTY === true,
    write(data, written) {
      if (failure !== undefined) throw failure
      if (data.length === 0) {
        written?.()
        return
      }
      if (stream.write(data, written === undefined ? undefined : () => written())) return
      return once(stream, 'drain').then(() => undefined)
    },
    async end() {
      if (failure !== undefined) throw failure
      if (close) {
        stream.end()
        await once(stream, 'finish')
      } else if (stream.writableNeedDrain) await once(stream, 'drain')
    },
  }
}

/**
 * Open the output. The file is opened at once, so that an impossible `--out` (a missing
 * directory, no permission) fails before any work is done.
 */
export function openSink(out: string | undefined, stdout: Writable & { isTTY?: boolean }): Sink {
  if (out === undefined) return streamSink(stdout, false)
  const fd = openSync(out, 'w')
  return streamSink(createWriteStream('', { fd }), true)
}
