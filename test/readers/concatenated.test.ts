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

  it('takes not-applicable marks around digits for blank cells', () => {
    // 无 between digits, but not 无 opening a label.
    expect(cells(read(concatenatedReader, '7.属于行政执法案卷20无0101022（四）无法提供'))).toEqual(['label:7.属于行政执法案卷', 'digits:20', 'blank:无', 'digits:0101022', 'label:(四)无法提供'])
    // Marks between a label and its digits, spaces and all.
    expect(cells(read(concatenatedReader, '（一）予以公开/123040046'))).toEqual(['label:(一)予以公开', 'blank:/', 'digits:123040046'])
    expect(cells(read(concatenatedReader, '1.属于国家秘密 无无80000'))).toEqual(['label:1.属于国家秘密', 'blank:无', 'blank:无', 'digits:80000'])
    // A run of dashes is one token (the solver weighs one blank cell or two).
    expect(cells(read(concatenatedReader, '行政强制110——第二十条'))).toEqual(['label:行政强制', 'digits:110', 'blank:--', 'label:第二十条'])
  })

  it('leaves the dash right before digits to them, unless they only number the next label', () => {
    expect(cells(read(concatenatedReader, '行政事业性收费—-1第二十条'))).toEqual(['label:行政事业性收费', 'blank:-', 'digits:-1', 'label:第二十条'])
    expect(cells(read(concatenatedReader, '保护第三方合法权益2017——5.属于三类内部事务信息'))).toEqual(['label:保护第三方合法权益', 'digits:2017', 'blank:--', 'label:5.属于三类内部事务信息'])
  })

  it('takes a dash run between two labels for the blank cell of the row between', () => {
    expect(cells(read(concatenatedReader, '行政处罚——行政强制0'))).toEqual(['label:行政处罚', 'blank:--', 'label:行政强制', 'digits:0'])
  })
})
