import { describe, expect, it } from 'vitest'
import { cellsReader, concatenatedReader } from '../../src/readers/index.js'
import { cells, read } from '../helpers/tokens.js'

// LAYOUTS.md §5 and corpus 001/006.
describe('concatenated reader', () => {
  it('cuts labels from digit runs', () => {
    const text = '一、本年新收政府信息公开申请数量21710000218二、上年结转政府信息公开申请数量0000000'
    expect(cells(read(concatenatedReader, text))).toEqual(['label:一、本年新收政府信息公开申请数量', 'digits:21710000218', 'label:二、上年结转政府信息公开申请数量', 'digits:0000000'])
  })

  it("moves a following label's numbering out of the digits", () => {
    const text = '1.本机关不掌握相关政府信息7500000752.没有现成信息需要另行制作0000000'
    expect(cells(read(concatenatedReader, text))).toEqual(['label:1.本机关不掌握相关政府信息', 'digits:750000075', 'label:2.没有现成信息需要另行制作', 'digits:0000000'])
  })

  it('keeps numbering that follows a label in the label', () => {
    const text = '（三）不予公开1.属于国家秘密4000004'
    expect(cells(read(concatenatedReader, text))).toEqual(['label:(三)不予公开1.属于国家秘密', 'digits:4000004'])
  })

  it('keeps signs, decimals, stray spaces and an amount unit in the run', () => {
    expect(cells(read(concatenatedReader, '行政处罚2648-18538行政强制'))).toEqual(['label:行政处罚', 'digits:2648-18538', 'label:行政强制'])
    expect(cells(read(concatenatedReader, '行政事业性收费18651.06三、收到'))).toEqual(['label:行政事业性收费', 'digits:18651.06', 'label:三、收到'])
    expect(cells(read(concatenatedReader, '（七）总计20 0 00 0 121四、结转'))).toEqual(['label:(七)总计', 'digits:20 0 00 0 121', 'label:四、结转'])
    expect(cells(read(concatenatedReader, '政府集中采购39573802895.90元三、'))).toEqual(['label:政府集中采购', 'digits:39573802895.90元', 'label:三、'])
  })

  it('leaves digits of running text (years, counts) in the label', () => {
    expect(cells(read(concatenatedReader, '2024年，全年办理申请218件。'))).toEqual(['label:2024年,全年办理申请218件。'])
  })

  it('is confident on run-together text and not on one cell a line', () => {
    const run = '规章000行政规范性文件6233440第二十条第(五)项信息内容本年处理决定数量行政许可4529第二十条'
    expect(concatenatedReader.detect(run, 0, run.length)).toBe(1)
    const lines = '规章\n\n0\n\n0\n\n0'
    expect(concatenatedReader.detect(lines, 0, lines.length)).toBe(0)
    expect(cellsReader.detect(lines, 0, lines.length)).toBeGreaterThan(0.5)
  })
})
