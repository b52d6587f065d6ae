// The three tables in the shape the templates print them (国办公开办函〔2021〕30号 and the
// 2019 trial template, 国办公开办函〔2019〕60号): rows of header cells with their spans and
// of value cells named by their flat key (FIELDS.md). tables.js turns a shape into a <table>.
// The browser test checks that every key of each template has exactly one cell here.

/** A header cell: the template's text, with its `colspan`/`rowspan`. */
const head = (text, span = {}) => ({ text, ...span })

/** A value cell: the report's value at flat `key`. */
const cell = (key, span = {}) => ({ key, ...span })

/**
 * One article's block of table 二, four columns wide: its heading, the column headers, and
 * one row per item (`[label, row key, columns]`). With fewer than three columns the last
 * spans the rest, as in the template.
 */
function article(title, headers, items) {
  const span = (index) => (index === headers.length - 1 && headers.length < 3 ? { colspan: 4 - headers.length } : {})
  return [
    [head(title, { colspan: 4 })],
    [head('信息内容'), ...headers.map((text, index) => head(text, span(index)))],
    ...items.map(([label, key, columns]) => [head(label), ...columns.map((column, index) => cell(`${key}.${column}`, span(index)))]),
  ]
}

const DOCUMENTS_2021 = ['issued', 'repealed', 'inForce']
const DOCUMENTS_2019 = ['made', 'published', 'totalPublished']
const CHANGES_2019 = ['previous', 'change', 'decisions']
const CHANGE_HEADERS_2019 = ['上一年项目数量', '本年增/减', '处理决定数量']

const active2021 = [
  ...article('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], [
    ['规章', 'active.rules', DOCUMENTS_2021],
    ['行政规范性文件', 'active.normativeDocuments', DOCUMENTS_2021],
  ]),
  ...article('第二十条第（五）项', ['本年处理决定数量'], [['行政许可', 'active.licensing', ['decisions']]]),
  ...article('第二十条第（六）项', ['本年处理决定数量'], [
    ['行政处罚', 'active.punishment', ['decisions']],
    ['行政强制', 'active.coercion', ['decisions']],
  ]),
  ...article('第二十条第（八）项', ['本年收费金额（单位：万元）'], [['行政事业性收费', 'active.fees', ['amount']]]),
]

const active2019 = [
  ...article('第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], [
    ['规章', 'active.rules', DOCUMENTS_2019],
    ['规范性文件', 'active.normativeDocuments', DOCUMENTS_2019],
  ]),
  ...article('第二十条第（五）项', CHANGE_HEADERS_2019, [
    ['行政许可', 'active.licensing', CHANGES_2019],
    ['其他对外管理服务事项', 'active.otherServices', CHANGES_2019],
  ]),
  ...article('第二十条第（六）项', CHANGE_HEADERS_2019, [
    ['行政处罚', 'active.punishment', CHANGES_2019],
    ['行政强制', 'active.coercion', CHANGES_2019],
  ]),
  ...article('第二十条第（八）项', ['上一年项目数量', '本年增/减'], [['行政事业性收费', 'active.fees', ['previous', 'change']]]),
  ...article('第二十条第（九）项', ['采购项目数量', '采购总金额'], [['政府集中采购', 'active.procurement', ['projects', 'amount']]]),
]

/** 申请人情况: the columns of table 三. */
const APPLICANTS = ['person', 'business', 'research', 'nonprofit', 'legalService', 'other', 'total']

const applicantsHeader = [
  [head('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { colspan: 3, rowspan: 3 }), head('申请人情况', { colspan: 7 })],
  [head('自然人', { rowspan: 2 }), head('法人或其他组织', { colspan: 5 }), head('总计', { rowspan: 2 })],
  [head('商业企业'), head('科研机构'), head('社会公益组织'), head('法律服务机构'), head('其他')],
]

/** Rows of table 三 as a tree: a group's label spans its rows; a row's spans the levels below it. */
const row = (label, key) => ({ label, key })
const group = (label, children) => ({ label, children })

const withheld = group('（三）不予公开', [
  row('1.属于国家秘密', 'withheld.stateSecret'),
  row('2.其他法律行政法规禁止公开', 'withheld.prohibitedByLaw'),
  row('3.危及“三安全一稳定”', 'withheld.securityStability'),
  row('4.保护第三方合法权益', 'withheld.thirdPartyRights'),
  row('5.属于三类内部事务信息', 'withheld.internalAffairs'),
  row('6.属于四类过程性信息', 'withheld.processInformation'),
  row('7.属于行政执法案卷', 'withheld.enforcementFiles'),
  row('8.属于行政查询事项', 'withheld.inquiryMatters'),
])
const unavailable = group('（四）无法提供', [
  row('1.本机关不掌握相关政府信息', 'unavailable.notHeld'),
  row('2.没有现成信息需要另行制作', 'unavailable.needsCreation'),
  row('3.补正后申请内容仍不明确', 'unavailable.unclearAfterCorrection'),
])
const notProcessed = group('（五）不予处理', [
  row('1.信访举报投诉类申请', 'notProcessed.complaint'),
  row('2.重复申请', 'notProcessed.duplicate'),
  row('3.要求提供公开出版物', 'notProcessed.publication'),
  row('4.无正当理由大量反复申请', 'notProcessed.excessive'),
  row('5.要求行政机关确认或重新出具已获取信息', 'notProcessed.confirmation'),
])

/** Table 三's tree, with （六）其他处理 as the template of `format` has it. */
function applicationsTree(otherHandling) {
  return [
    row('一、本年新收政府信息公开申请数量', 'newRequests'),
    row('二、上年结转政府信息公开申请数量', 'carriedOver'),
    group('三、本年度办理结果', [
      row('（一）予以公开', 'granted'),
      row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partlyGranted'),
      withheld,
      unavailable,
      notProcessed,
      otherHandling,
      row('（七）总计', 'totalHandled'),
    ]),
    row('四、结转下年度继续办理', 'carriedForward'),
  ]
}

const otherHandling2021 = group('（六）其他处理', [
  row('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'otherHandling.overdueCorrection'),
  row('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'otherHandling.overdueFee'),
  row('3.其他', 'otherHandling.other'),
])
const otherHandling2019 = row('（六）其他处理', 'otherHandling')

/** How many table rows `node` takes. */
const height = (node) => (node.children === undefined ? 1 : node.children.reduce((sum, child) => sum + height(child), 0))

/** The rows of a tree of table 三, `depth` label columns wide, from `level`. */
function treeRows(nodes, depth, level = 0) {
  return nodes.flatMap((node) => {
    if (node.children === undefined) {
      return [[head(node.label, { colspan: depth - level }), ...APPLICANTS.map((column) => cell(`applications.${node.key}.${column}`))]]
    }
    const rows = treeRows(node.children, depth, level + 1)
    rows[0] = [head(node.label, { rowspan: height(node) }), ...rows[0]]
    return rows
  })
}

const applications = (otherHandling) => [...applicantsHeader, ...treeRows(applicationsTree(otherHandling), 3)]

/** 四: the outcomes, the same for 行政复议 and both kinds of 行政诉讼. */
const OUTCOMES = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计'],
]

const appeals = [
  [head('行政复议', { colspan: 5 }), head('行政诉讼', { colspan: 10 })],
  [...OUTCOMES.map(([, text]) => head(text, { rowspan: 2 })), head('未经复议直接起诉', { colspan: 5 }), head('复议后起诉', { colspan: 5 })],
  [...OUTCOMES.map(([, text]) => head(text)), ...OUTCOMES.map(([, text]) => head(text))],
  ['review', 'lawsuit', 'lawsuitAfterReview'].flatMap((group) => OUTCOMES.map(([key]) => cell(`appeals.${group}.${key}`))),
]

/** The tables' headings, as the template numbers them. */
export const TABLE_TITLES = {
  active: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
}

/** The shapes of the tables, by template and table. */
export const SHAPES = {
  2021: { active: active2021, applications: applications(otherHandling2021), appeals },
  2019: { active: active2019, applications: applications(otherHandling2019), appeals },
}
