/**
 * Read one input: its bytes, decoded, with the entry that reads it; or the reason it
 * cannot be read, as a {@link ReadFailure} (never an exception: one bad file must not stop
 * a run over thousands).
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import { decode, type Encoding } from './decode.js'
import { entryFor, type Entry } from './sniff.js'
import type { Input, ReadFailure } from './types.js'

/** Reports are well under a megabyte; anything this big is not one, and would eat memory. */
export const MAX_BYTES = 64 * 1024 * 1024

/** A readable input. */
export interface Readable {
  ok: true
  text: string
  encoding: Encoding
  entry: Entry
}

/** The failure for an exception thrown by `node:fs`. */
export function failureOf(error: unknown): ReadFailure {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'not-found', detail: code }
  if (code === 'EACCES' || code === 'EPERM') return { code: 'permission', detail: code }
  if (code !== '') return { code: 'read-error', detail: code }
  return { code: 'read-error', detail: error instanceof Error ? error.message : String(error) }
}

function readBytes(path: string): Uint8Array | ReadFailure {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    // Size first: a 10 GB file given by mistake must fail, not exhaust memory. Pipes and
    // devices report 0 and are read as they come.
    const stats = fstatSync(fd)
    if (stats.isDirectory()) return { code: 'read-error', detail: 'EISDIR' }
    if (stats.size > MAX_BYTES) return { code: 'too-large', detail: `${stats.size} bytes` }
    return readFileSync(fd)
  } catch (error) {
    return failureOf(error)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Read, decode and sniff one input. */
export function readInput(input: Input): Readable | { ok: false; failure: ReadFailure } {
  if (input.failure !== undefined) return { ok: false, failure: input.failure }
  const bytes = input.path === null ? (input.bytes ?? new Uint8Array()) : readBytes(input.path)
  if (!(bytes instanceof Uint8Array)) return { ok: false, failure: bytes }
  if (bytes.length > MAX_BYTES) return { ok: false, failure: { code: 'too-large', detail: `${bytes.length} bytes` } }
  const decoded = decode(bytes)
  if (!decoded.ok) return decoded
  return { ok: true, text: decoded.text, encoding: decoded.encoding, entry: entryFor(input.name, decoded.text) }
}
