/**
 * An mdast tree as the matcher's tokens: every table cell (remark-gfm's `table` /
 * `tableRow` / `tableCell`), every heading and paragraph, in document order, placed by the
 * nodes' `position` offsets in the file.
 *
 * - a cell's `text` is its inline content as text (emphasis, links and code unwrapped),
 *   normalized, whitespace collapsed; its span runs from its first to its last inline
 *   node (an empty cell: the empty span after its pipe); `row` is its row's offset;
 * - a heading or a paragraph is one token of its text, a label or prose by `classify`,
 *   with its own offset as `row`.
 *
 * Nodes without a position (made by a plugin rather than parsed) are left out: a token
 * must say where it is.
 */
import type { Nodes, Parent, Root, TableCell } from 'mdast'
import { normalize } from '../normalize.js'
import { classify, type Token } from '../tokens.js'
import { collapse } from '../markup/collapse.js'

/** The tokens of a tree, and which of them are table cells. */
export interface MdastTokens {
  tokens: Token[]
  cells: Token[]
}

/** The text of inline content: literal values, with breaks and inline HTML as spaces. */
function textOf(node: Nodes): string {
  if (node.type === 'break' || node.type === 'html') return '\n'
  if ('value' in node) return node.value
  if (!('children' in node)) return ''
  let text = ''
  for (const child of node.children) text += textOf(child)
  return text
}

function offsets(node: Nodes): [number, number] | null {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? null : [start, end]
}

function token(node: Parent & Nodes, row: number, text: string): Token | null {
  const whole = offsets(node)
  if (whole === null) return null
  const first = node.children[0]
  const last = node.children[node.children.length - 1]
  const from = first === undefined ? null : offsets(first)
  const to = last === undefined ? null : offsets(last)
  const content = collapse(normalize(textOf(node)))
  const [start, end] = from !== null && to !== null ? [from[0], to[1]] : emptySpan(text, whole)
  return { kind: classify(content), text: content, start, end, row }
}

/** The empty span of a cell without content: after its pipe and spaces. */
function emptySpan(text: string, [start, end]: [number, number]): [number, number] {
  let at = start
  if (text.charCodeAt(at) === 0x7c /* | */) at++
  while (at < end && text.charCodeAt(at) <= 0x20) at++
  return [at, at]
}

/** Read the tokens of `tree`, parsed from `text`. */
export function mdastTokens(tree: Root, text: string): MdastTokens {
  const tokens: Token[] = []
  const cells: Token[] = []
  const pending: Nodes[] = [tree]
  // Depth-first, in document order, without recursion: trees can be deep (nested lists).
  while (pending.length > 0) {
    const node = pending.pop() as Nodes
    if (node.type === 'table') {
      for (const row of node.children) {
        const rowStart = row.position?.start.offset
        if (rowStart === undefined) continue
        for (const cell of row.children as TableCell[]) {
          const found = token(cell, rowStart, text)
          if (found === null) continue
          tokens.push(found)
          cells.push(found)
        }
      }
    } else if (node.type === 'heading' || node.type === 'paragraph') {
      const found = token(node, node.position?.start.offset ?? 0, text)
      if (found !== null && found.text.length > 0) tokens.push(found)
    } else if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index] as Nodes)
    }
  }
  return { tokens, cells }
}
