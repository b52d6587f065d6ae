/**
 * Output buffers that go round: a worker encodes a batch into a buffer, moves it to the
 * main thread, the main thread writes it and, once written, hands it to the next task.
 *
 * Why: a buffer that is simply dropped after writing is freed only when the main thread
 * collects garbage, and the main thread allocates so little that V8 waits until some
 * 64 MB of such buffers have piled up (measured: 36 MB of the peak with JSON Lines at
 * `--jobs 2`). Reused, a handful of buffers (about one per batch in flight) serve the
 * whole run.
 */

/** Buffers ready to be filled again. */
export interface BufferPool {
  /** A buffer to send with a task, if one is free. */
  take(): ArrayBuffer | undefined
  /** A buffer that has been written out. */
  give(buffer: ArrayBuffer): void
}

/** A pool keeping at most `capacity` buffers (more would only be memory held for nothing). */
export function createBufferPool(capacity: number): BufferPool {
  const free: ArrayBuffer[] = []
  return {
    take: () => free.pop(),
    give(buffer) {
      // A buffer moved elsewhere in the meantime has a length of 0: nothing to keep.
      if (free.length < capacity && buffer.byteLength > 0) free.push(buffer)
    },
  }
}
