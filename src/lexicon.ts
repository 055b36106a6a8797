/**
 * The vocabulary of the genre, as data. Every word jiyao recognises lives
 * here; the rules in `parse/` and `extract/` only say how to use it.
 *
 * All entries are in simplified characters with half-width punctuation: the
 * text is matched through `normalize`, which maps traditional characters and
 * full-width forms onto these.
 */

import type {OwnerRole, StatementKind} from './tree.js'

// ---------------------------------------------------------------------------
// Statements: the subject 会议 and the verb that tells the kind.

/**
 * Cues that lead a statement, with its kind. A cue is matched at the start
 * of a sentence or clause, after an optional subject `会议` / `会议还` / `会上`.
 * Longer cues first where one is a prefix of another.
 */
export const statementCues: ReadonlyArray<readonly [cue: string, kind: StatementKind]> = [
  // report
  ['听取并审议了', 'report'],
  ['听取并讨论了', 'report'],
  ['听取并研究了', 'report'],
  ['听取了', 'report'],
  ['听取', 'report'],
  // `会议通报了…情况`: the meeting is told of a matter.
  ['通报了', 'report'],
  // opinion
  ['认为', 'opinion'],
  ['指出', 'opinion'],
  // instruction
  ['强调', 'instruction'],
  ['要求', 'instruction'],
  ['提出', 'instruction'],
  ['希望', 'instruction'],
  // decision
  ['研究决定', 'decision'],
  ['研究确定', 'decision'],
  ['讨论决定', 'decision'],
  ['决定', 'decision'],
  // A record's label of what the meeting resolved: `决议:实行…`, `会议决议:…`.
  ['决议', 'decision'],
  ['明确', 'decision'],
  ['确定', 'decision'],
  ['议定', 'decision'],
  ['原则同意', 'decision'],
  ['原则通过', 'decision'],
  ['原则批准', 'decision'],
  ['审议通过', 'decision'],
  ['审议并原则通过', 'decision'],
  ['审议并通过', 'decision'],
  // A vote taken on what was examined: `会议审议并表决通过了…`.
  ['审议并表决通过', 'decision'],
  ['审议并投票表决通过', 'decision'],
  ['投票表决通过', 'decision'],
  ['表决通过', 'decision'],
  ['一致同意', 'decision'],
  ['一致通过', 'decision'],
  ['同意', 'decision'],
  ['通过', 'decision'],
  ['批准', 'decision'],
  ['审定通过', 'decision'],
  ['审定', 'decision'],
  ['暂缓', 'decision']
]

/**
 * Cues that may open a clause after a comma, the subject `会议` left out, in a
 * sentence the meeting speaks: `会议听取了X的汇报,要求…`, `会议还就…进行了研究,强调…`.
 */
export const clauseCues: ReadonlyArray<readonly [cue: string, kind: StatementKind]> = [
  ['要求', 'instruction'],
  ['强调', 'instruction']
]

/** Subjects that may stand before a cue: `会议强调`, `会议还强调`, `会上…`. */
export const statementSubjects: readonly string[] = [
  '会议还',
  '会议',
  '会上还',
  '会上,',
  '会上',
  '经会议研究,',
  '经研究,',
  '经会议讨论,',
  // Those present, as the meeting: `与会人员一致同意…`, `与会同志一致认为…`.
  '与会人员',
  '与会同志',
  '与会成员'
]

/**
 * Verbs that make a clause a decision wherever the clause starts, with or
 * without `会议`: `原则同意该汇报`, `审议通过了…`, `批准了…`.
 */
export const decisionVerbs: readonly string[] = [
  '审议并原则通过',
  // An ethics committee's outcome, agreed once the study is amended: `作必要的修改后同意`.
  '作必要的修改后同意',
  '作必要修改后同意',
  '修改后同意',
  // A report heard and agreed to at once: `听取并原则同意X《关于…的汇报》`.
  '听取并原则同意',
  '听取并原则通过',
  '听取并同意',
  // `听取并审定了X关于…的汇报`: heard and settled at once.
  '听取并审定',
  // A congress's approval of a budget or final accounts, done: `审查批准了2023年县级财政决算` (not an
  // agenda's `议程为:审查批准…`).
  '审查和批准了',
  '审查批准了',
  '审议批准了',
  '讨论并原则通过',
  '审议并一致通过',
  '讨论并一致通过',
  '审议并一致同意',
  '讨论并一致同意',
  '研究并原则通过',
  '研究并原则同意',
  '讨论并原则同意',
  '原则上同意',
  '原则上通过',
  '研究同意',
  '讨论同意',
  '审议同意',
  '审议并表决通过',
  '审议并投票表决通过',
  '投票表决通过',
  '表决通过',
  // `…的请示,表决同意X同志按期转为正式党员`: agreed by a vote.
  '表决同意',
  '全票通过',
  '审议并原则同意',
  // `会议审议并同意了…`, `讨论并同意…`: examined and agreed to at once.
  '审议并同意',
  '讨论并同意',
  '研究并同意',
  '审议并通过',
  // `会议讨论并通过了《…》`, `会议研究并通过了…`: discussed, then passed.
  '讨论并通过',
  '研究并通过',
  // `会议原则审议通过了…方案`: passed in principle.
  '原则审议通过',
  '审议通过',
  // A motion voted down is an outcome too: `审议未通过《…的议案》`.
  '审议未通过',
  '表决未通过',
  '研究通过',
  '讨论通过',
  '原则同意',
  '原则通过',
  '原则批准',
  '一致同意',
  '一致通过',
  '审定通过',
  // `会议审核通过了…竣工决算`, `审查通过了…`: passed after a check.
  '审核通过',
  '审查通过',
  // A political consultative conference's outcome, agreed in consultation: `会议协商通过了…名单`, `协商同意…`;
  // and a vote taken: `会议投票通过推荐…`.
  '协商通过',
  '协商同意',
  // `…的汇报,协商确定了X等3个专题议题`: settled in consultation (with 了, done: a topic's
  // `议程一:协商确定…议程` names what is to be settled).
  '协商确定了',
  '投票通过',
  '审定',
  '不同意',
  '同意',
  '通过',
  '批准',
  // `会议核准了…采购结果`: approved as checked; `会议核定了各科室用房面积`: fixed as checked.
  '核准',
  '核定',
  // `会议审批通过该项目立项`: passed as an approval.
  '审批通过',
  // `会议追认了…已拨付的补贴`: approved after it was done.
  '追认',
  // `会议否决了X提出的…方式`: a proposal voted down is an outcome too.
  '否决',
  // `会议准许X采用…方式`, `会议批复同意…方案`, `会议还审议认可了X关于…的方案` (认可 after 审议, not the praise of `充分认可`).
  '准许',
  '批复同意',
  '审议认可',
  // `会议审核同意X上报的…计划`; `会议认同X关于…的意见` (agreeing with a view brought).
  '审核同意',
  '认同',
  // `会议表示同意`, `会议原则认可布局方案`; `会议认可考核方案` (an approval: not where it praises
  // work done, `会议认可了X的工作`, see `praisedObjects`; nor `充分认可`, `高度认可`).
  '表示同意',
  '原则认可',
  '认可',
  // `会议准予…调整为…`, `会议审议并批准了…`, `会议认定…情形属实`.
  '准予',
  '审议并批准',
  '认定',
  '决定',
  // A record's label of what the meeting resolved, as `决定:` is: `决议:实行…`, `会议决议:…`.
  '决议',
  // `原则予以同意`, `予以通过`: the outcome with the verb of granting.
  '原则予以同意',
  '予以同意',
  '予以通过',
  '予以批准',
  // Refusals with the verb of granting: `不予同意`, `不予批准`, `不予通过`; a proposal the meeting will not
  // back, `不予支持X提出的…意见`.
  '不予同意',
  '不予批准',
  '不予通过',
  '不予支持',
  // An appeal or a request turned down: `会议驳回了X的申诉`.
  '驳回',
  // The meeting declining to decide this time: `本次会议不予决策`, as 暂缓 puts off.
  '不予决策',
  // Refusals of what was put to a vote or asked for: `X未达到规定票数,不予推荐`, `不予报销`.
  // (Not `不予立项`, a matter's outcome after it, `decidedMatterOutcomes`.)
  '不予推荐',
  '不予认定',
  '不予受理',
  '不予报销',
  '不予支持',
  // Refusals told as what was not done: `会议未予同意`, `会议未同意`.
  '未予同意',
  '未予批准',
  '未予通过',
  '未同意',
  '暂缓',
  // A matter the meeting leaves as it is for now, as 暂缓 does: `暂不作调整`, `暂不实施`; or stops
  // for now: `暂停实施原定的…工程`.
  '暂不',
  '暂停',
  // A draft sent back: `会议审议了X提交的…草案,予以退回重新修改`.
  '予以退回'
]

/**
 * Verbs by which a council or board elects someone to a post (`会议选举X为会长`, `推选Y为…`):
 * outcomes where `为` names the post after the person. (Not `聘任`, `任命`, `增补`: earlier golds
 * read them as the content of an agreement, `同意免去X…,聘任Y为…`, or as no outcome alone.)
 */
export const appointingVerbs: readonly string[] = ['选举', '推选']

/**
 * What a meeting praises, not approves, where `认可` ends a clause on it (`会议认可了X一年来的工作`,
 * `认可X取得的成绩`): work done and what it achieved; a plan or a document approved is none of them.
 */
export const praisedObjects: readonly string[] = ['工作', '成绩', '成效', '成果', '努力', '做法', '贡献', '表现']

/**
 * How a lead-in to the items ends before its colon: `现纪要如下:`, `会议议定以下事项:`
 * (where a web copy glues `一、` right after it).
 */
export const itemLeadInEndings: readonly string[] = ['如下', '如下事项', '以下事项', '下列事项', '议定事项']

/** Lead-ins that announce a list of decisions: `会议确定:`, `议定如下:`, `明确如下:`. */
export const decisionLeadIns: readonly string[] = ['如下', '议定事项', '确定事项']

/**
 * Words of a lead-in sentence ending in `:` that make the points under it
 * decisions: `会议确定:`, `会议就有关事项明确如下:`, `会议决议:` (boards and
 * enterprises), `会议商定:`.
 */
/**
 * Labels alone on their line that lead in to what a labelled matter resolved
 * (`议题:关于X的决议` … `形成决议:` over `一、同意…` / `二、由X…`): the lines under
 * them are the resolution's points, not items.
 */
export const resolutionLeadIns: readonly string[] = ['形成决议', '作出决议', '决议如下', '决议事项', '决议内容', '会议决议']

/**
 * Labels of the steps other bodies took before a village's representatives decide
 * (`四议两公开`: `提议情况:`, `商议情况:`, `审议情况:经村党员大会审议,同意提交…`): what such
 * a body agreed, after `经`, is no decision of the meeting minuted.
 */
/**
 * Verbs that open what a vote on candidates passed, right after its tally
 * (`经无记名投票,同意7票,推荐X为…`, `…,确定X为…`), as `通过` opens a motion's.
 */
export const tallyOutcomeVerbs: readonly string[] = ['推荐', '确定', '选举']

export const priorStepLabels: readonly string[] = ['提议情况', '商议情况', '审议情况']

export const decisionLeadInWords: readonly string[] = ['明确', '确定', '议定', '决定', '同意', '决议', '商定', '议决']

/**
 * Kinds of matters a bracketed label names before `事项` besides the action verbs
 * (`【审议事项】`, `【其他事项】`): what the meeting did with them, not their topic
 * (`【人事事项】`, `【民生事项】` name a topic and head a matter of their own).
 */
export const matterKindWords: readonly string[] = ['其他', '其它', '汇报', '报告', '交办', '督办', '一般', '重要']

/** Headings of a section that lists decisions (`二、议定事项`), after `会议` if written: each point under one is a decision. */
// (Also the cue alone as the whole heading, `四、会议决定` over the paragraph of what was decided.)
export const decisionSectionNames: readonly string[] = ['议定事项', '决定事项', '决议事项', '议决事项', '商定事项', '确定事项', '议事结果', '决定', '议定', '决议']

// ---------------------------------------------------------------------------
// Items: what the meeting did with a matter.

/**
 * Verbs by which the meeting takes up a matter. After `会议` / `会议还` /
 * `会上` at the start of a paragraph, they open an item of unnumbered minutes;
 * at the start of a heading they are the item's actions.
 */
export const actionVerbs: readonly string[] = [
  '传达学习',
  '学习传达',
  '集体学习',
  '专题学习',
  '学习',
  '传达',
  '听取',
  '审议',
  '审定',
  '审查',
  '研究',
  '讨论',
  '通报',
  '部署',
  '商议',
  '讨论研究',
  '研究讨论',
  '协商讨论',
  '协商审议',
  // A political consultative body's outcome on a matter it takes up: `会议协商通过了X名单`.
  '协商通过',
  '推荐',
  '领学',
  // `会议分析研判了…形势`, `会议安排部署了…工作`, `会议审核了…计划`.
  '分析研判',
  '研判',
  '安排部署',
  '审核',
  '审阅',
  // `会议还追认了X已拨付的…`: a matter done before the meeting, approved after it.
  '追认',
  // `会议总结了2024年全县食品安全工作,部署…`: a year's work reviewed, as news leads open their matter.
  '总结',
  // `会议表决通过了关于批准…的决议`, `会议表决通过了有关人事任免事项`: a congress's vote on a matter of its own.
  '表决'
]

/**
 * Adverbs between `会议` and the verb that takes up a matter: `会议先后听取了…`,
 * `会议逐项审议了…`, `会议最后研究了…`, `会议集体研究了…`; `前置` of a state-owned company's party
 * committee, which studies a matter before its board decides (`会议前置研究了…`).
 */
export const matterAdverbs: readonly string[] = [
  '先后', '专题', '集中', '首先', '一并', '逐项', '逐一', '逐个', '分别', '依次', '认真', '深入', '重点', '最后', '又', '前置', '集体',
  // The order a news report takes the matters in: `会议接着审议了…`, `会议随后听取了…`, `会议其次研究了…`.
  '接着', '随后', '然后', '继续', '其次', '再次',
  // A matter taken up beside the one before: `会议同时研究了…`.
  '同时',
  // A matter taken up on paper, not presented in the room: `会议以书面形式审议了…`, `会议还书面审议了…`.
  '以书面形式', '以书面方式', '书面'
]

/**
 * Words of a news report's order that stand before the meeting takes up its next matter, with or
 * without a comma: `随后,会议听取了…`, `接着,会议审议了…`, `最后,会议研究了…`.
 */
export const matterTransitions: readonly string[] = ['随后', '接着', '之后', '此后', '最后', '此外', '另外', '同时']

/**
 * Words of a news page that report a second meeting after the first, held the same day, the next (`次日`) or right
 * after it: `当天,X还主持召开党组会议,传达学习…`, `同日,县政府召开党组会议,研究…`, `会议结束后,X又主持
 * 召开…` (not a task to convene one, `会后由X召开协调会,研究…`). The second
 * meeting's matter is one more item of the page.
 */
export const sameDayOpeners: readonly string[] = ['当天', '当日', '当晚', '同日', '同一天', '次日', '翌日', '会前', '随后', '紧接着', '接着', '会议结束后', '会后']

/**
 * Words that name a paragraph's matter first, before the meeting speaks on it:
 * `关于X,会议同意…`, `针对X问题,会议研究决定…`, `就X问题,会议明确如下:`.
 */
export const topicOpeners: readonly string[] = ['关于', '针对', '就']

/**
 * Those of them that answer a point of the matter in hand: after a matter the
 * meeting heard (`会议听取了…的汇报。`), `针对X问题,会议明确…` and
 * `就X问题,会议要求…` settle the problems it raised, in the same item.
 */
export const followUpOpeners: readonly string[] = ['针对', '就']

/**
 * Words that open the scope of a decision, after its opener and before whom it
 * names (`会议明确,对纳入省重点的项目,由X负责争取`): what is decided for that scope.
 */
export const decidedScopes: readonly string[] = ['对于', '对', '针对', '关于']

/** Votes by which the meeting takes up a matter named before the verb: `会议还对X进行了表决`. */
export const matterVotes: readonly string[] = ['表决', '投票表决', '票决']

/**
 * Exchanges and arrangements by which the meeting takes up a matter named
 * before them: `会议还就X交换了意见`, `会议还就做好X等工作进行了安排`.
 */
export const matterExchanges: readonly string[] = ['交换了意见', '交换意见', '进行了交流', '进行了沟通', '进行了协商', '进行了安排', '作了安排', '作出安排', '进行安排']

/**
 * Words that point back to the matter in hand: `会议就上述问题进行了研究` concludes
 * it rather than opening a new one.
 */
export const backReferences: readonly string[] = ['上述', '以上', '有关', '相关', '该', '此', '这些', '这一', '前述', '汇报', '报告']

/**
 * Verbs that open an item of unnumbered minutes only as the first body
 * paragraph, where a decision is how the meeting took the matter up
 * (`会议原则通过《…》`).
 */
export const openingDecisionVerbs: readonly string[] = ['审议并原则通过', '审议通过', '原则通过', '原则同意', '还审议']

/** What `决定` leads in to rather than decides at a heading's start: `决定事项`, `决定如下`, `决定的事项`. */
export const decidedHeadingLeadIns: readonly string[] = ['事项', '如下', '以下', '的', ':']

/**
 * A taking-up verb joined to an outcome: the meeting concludes the matter in
 * hand (`会议研究决定,…`, `会议讨论同意…`) rather than opening a new one. Not
 * `讨论通过`, which passes a document of its own as `审议通过` does.
 */
export const concludingVerbs: readonly string[] = ['研究决定', '研究确定', '研究同意', '讨论决定', '讨论确定', '讨论同意', '审议决定']

// ---------------------------------------------------------------------------
// Reports and presenters.

/** Verbs by which a speaker, or the meeting, says what it holds: `X局长强调…`, `会议指出…`. */
export const speechVerbs: readonly string[] = ['强调', '指出', '提出', '明确', '认为']

/**
 * What may stand between the one who speaks and the verb, in a news release's paragraphs after
 * its lead: `会议还强调`, `会议同时要求`, `X在讲话中强调`, `X在会上要求`.
 */
export const speechSettings: readonly string[] = ['还', '同时', '最后', '在讲话中', '在总结讲话中', '在会上']

/**
 * Conjunctions that alone open a later clause of a sentence, its subject left out: `…,并通过家长会告知…`,
 * `…,同时通过校园网公示`. After them `通过` is a means, unless it passes a paper (`并通过该方案`).
 */
export const clauseJoiners: readonly string[] = ['并', '同时', '还', '也', '又']

/**
 * The labels of an item's trailer that name who presents it: `(主持:A 汇报:B)`,
 * `(汇报人:B)`, who leads a study (`(主持:A 领学:党委书记 B)`), and who gives a briefing or
 * relays a text (`(通报人:纪检监察室主任 B)`, `(传达人:B)`; with `人` only, as `通报:` opens what is briefed),
 * and a school's `报告人:教导处主任 B` (with `人` or `单位` only, as a task may end in `形成报告`).
 */
export const trailerPresenterLabels: readonly string[] = ['汇报', '领学', '通报人', '传达人', '报告人', '报告单位']

/** Verbs by which a person presents a matter: `会议由X传达了…`, `X就…进行了汇报`. */
export const presentingVerbs: readonly string[] = [
  '传达学习',
  '传达了',
  '传达',
  '领学',
  '通报了',
  '通报',
  '介绍了',
  '介绍',
  '汇报了',
  '汇报',
  '作了',
  '说明了',
  '说明',
  '解读'
]

// ---------------------------------------------------------------------------
// Assignments.

/**
 * What a lead does over the owners after it, with no work of its own (`由X牵头协调,Y具体负责,
 * 国庆节前完成…`): the outcome after them is its too, as after a bare `牵头`.
 */
export const leadingPhrases: readonly string[] = ['牵头负责', '牵头协调', '统筹协调', '牵头抓总', '牵头督促', '协调督促', '统筹推进', '牵头推进', '总牵头', '统筹调度', '协调调度', '统筹指挥']

/** A matter named before it is handed to an owner: `此事交X研究办理`, `该事项交X办理`. */
export const handedMatterWords: readonly string[] = ['此事项', '此事', '该事项', '该事', '上述事项', '以上事项', '前述事项', '此项工作', '该项工作', '该问题', '此问题']

/**
 * Verbs of handling a matter handed on after another's step (`审议意见由常委会办公室整理后交县人民政府研究处理`):
 * the unit it is handed to handles it.
 */
/**
 * Measures a number before a space may count (`5 月`, `3 个`, `2 所`): such a number is a value,
 * not a point's number that lost its mark (`1 县水利局要…`).
 */
export const countMeasures = '年月日号时点分秒个万亿元次届期名人项家所条座台辆岁'

/**
 * Clauses by which the meeting, or those at it, assess what a body did (`会议认为,X…取得了…成效`):
 * the body is charged with nothing there.
 */
export const assessingClauses: readonly string[] = ['会议指出', '会议认为', '会议肯定', '与会人员认为', '与会同志认为', '与会委员认为', '委员们认为', '组成人员认为']

export const handlingVerbs: readonly string[] = ['研究处理', '研究办理', '办理', '处理', '研究落实']

/**
 * Words after an owner that open what its task works on (`X对全县在建项目开展…`, `X针对校舍…`,
 * `X围绕片区开发…`, `X依托服务中心…`): no unit runs on over them (`对外`, `对口` open names).
 */
export const taskObjectOpeners: readonly string[] = ['对', '针对', '围绕', '聚焦', '依托', '参照', '利用', '借助', '面向', '对标', '紧盯', '瞄准']

/** Words that may follow an owner and begin the task. */
/**
 * How a task opens with the partner its owner consults (`由X商市司法局召开…`, `X商局财务科办理…`),
 * as after 会同: 商 only before a place, so that no `商务局`, `商会` or `招商局` is cut.
 */
export const consultingStarts: readonly string[] = ['商请', '商省', '商市', '商州', '商县', '商区', '商镇', '商乡']

export const taskStarters: readonly string[] = [
  '要',
  '负责',
  // `此项工作由副县长X负总责`: a person who answers for all of it, as a unit does.
  '负总责',
  '总负责',
  // `X抓总`: who holds all of the work together, as `负总责` says.
  '抓总',
  '全面负责',
  // `X、Y共同负责`, `X、Y分别牵头`, `请X、Y分头对接…` (each its part of the work)
  '共同',
  '分别',
  '分头',
  // `由X、Y联合审批`, `由X通过市场化方式融资`, `由X提前48小时发布`
  '联合',
  '通过',
  '提前',
  '牵头',
  // `授权董事长X签署相关法律文件`: who is empowered to sign owns the signing.
  '签署',
  // `要求县农业农村局局长X亲自抓`: the officer in person, before the work.
  '亲自',
  // `由常委会副主任X带队,开展执法检查`: who leads the team owns the work.
  '带队',
  '率队',
  // `由副主任X领衔督办交通类建议`: a council's leader who heads the handling of a motion.
  '领衔',
  '会同',
  ...consultingStarts,
  '配合',
  '协助',
  '根据',
  '按照',
  '按',
  '依据',
  '结合',
  '抓紧',
  '加快',
  '尽快',
  '认真',
  // `党委组织部精心组织…`: not a unit `党委` before `组织部精心…`.
  '精心',
  '扎实',
  '进一步',
  '做好',
  '组织',
  '修改',
  '提出',
  // `由村委会提交村民代表会议决议`: not a unit `村委会提交村民代表会`.
  '提交',
  '提请',
  '报送',
  '报请',
  '制定',
  '研究',
  '落实',
  '做',
  '对',
  // `X针对校舍开展…`, `X围绕片区开发做好…`, `X依托养老服务中心…`, `X面向高校毕业生…`: not a
  // unit `X针对全县中小学校` (nor `县人社` before `局面向…`).
  '针对',
  '围绕',
  '聚焦',
  '依托',
  '参照',
  '利用',
  '借助',
  '面向',
  '对标',
  '采取',
  '采用',
  '运用',
  '紧盯',
  '瞄准',
  // `统购全过程由纪检委员X监督`: X watches over the work.
  '监督',
  '督导',
  '重点',
  '就',
  '于',
  '在',
  '与',
  '向',
  '将',
  '把',
  '以',
  '上报',
  '报',
  '安排',
  '统筹',
  // `由X统一协调`, `由X统一组织`
  '统一',
  // `由X全程监督`, `由X全程跟踪审计`
  '全程',
  // `由X每周调度一次`
  '每周',
  '每月',
  '每半月',
  '每季度',
  '每日',
  '每天',
  '协调',
  '督促',
  '跟进',
  '具体',
  '继续',
  '立即',
  '务必',
  '必须',
  '应',
  '需',
  '加强',
  '抓好',
  '开展',
  '完成',
  '推进',
  '推动',
  '编制',
  '完善',
  '建立',
  '健全',
  '指导',
  '实施',
  '启动',
  '办理',
  '审核',
  '核实',
  '起草',
  '拟定',
  '印发',
  '发文',
  '保障',
  '筹措',
  '拨付',
  // `X预拨防灾资金200万元`, `X下拨…`, `X预留…`: funds set aside or sent ahead; `X组建3支应急队伍`: a team set up.
  '预拨',
  '下拨',
  // `X分年度安排建设资金`: the work done year by year.
  '分年度',
  '预留',
  '组建',
  // `由X申请政策性银行贷款解决`: not a unit `X申请政策性银行`.
  '申请',
  // `由X联系Y落实…`, `由X对接…`, `由X代为办理`, `由X会签…`: who X works with or for.
  '联系',
  '对接',
  '代为',
  '会签',
  // `由药学部通知相关临床科室`, `由研究生院通知其所在培养单位`: X tells those who act (not a unit `X通知其所`).
  '通知',
  // `请基地管理处协商后重新提出方案`: X talks it over with the other side (not a unit `X协`, as in `科协`).
  '协商',
  // `由X副县长召集相关部门会商`: X convenes those who do the work with it.
  '召集',
  // `由科研秘书汇总各课题组预算`: X gathers what others hand in; `意见由X整理后报送…`: and sorts it.
  '汇总',
  '整理',
  // `由机关党委书记X进行约谈`, `由X约谈`: the general verb of doing, and a party body's talk with those it oversees.
  '进行',
  '约谈',
  // `请X补充调研后重新提交`: what X must add or do again.
  '补充',
  '重新',
  // `由X再次征求意见后提交…`: X does it again.
  '再次',
  // `请X另行研究后报市政府`: a matter X takes up apart.
  '另行',
  // Adverbs that open a task (`请办公室广泛征求意见…`, `请X切实抓好…`), and a time (`请X会后…`).
  '广泛',
  '征求',
  '积极',
  '切实',
  // `要求X主动对接市局…`, `请X全力做好…`: adverbs of how, after which no unit's name goes on.
  '主动',
  '全力',
  '迅速',
  // `要求X、Y密切协作,…`
  '密切',
  '严格',
  // `由分管副县长X包案督导`, `由X包保联系`: a leader taking a case or a place in personal charge.
  '包案',
  '包保',
  '包抓',
  '包联',
  // `由镇纪委严肃追责问责`, `由X查处违规行为`: discipline's words, not a person `查处违` after a unit.
  '严肃',
  '查处',
  '追责',
  '问责',
  '及时',
  '全面',
  '深入',
  '会后',
  // A deadline may come first: `请X本周内…`, `责成X于10日内…`, `X3月底前…`.
  '本周',
  '本月',
  '本年',
  '下周',
  '下月',
  '近期',
  '今年',
  '明年',
  '年内',
  '月内',
  '年底前',
  '月底前',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9'
]

/** Labels that name owners after a task: `（牵头单位：市交通局；配合单位：市财政局）`. */
export const ownerLabels: ReadonlyArray<readonly [label: string, role: OwnerRole]> = [
  ['责任单位', 'responsible'],
  ['责任部门', 'responsible'],
  // A label of the owners and the deadline at once: `责任单位及完成时限:X,8月31日前` (see `combinedDue`).
  ['责任单位及完成时限', 'responsible'],
  ['责任单位及时限', 'responsible'],
  // `主责单位:X`, `协助单位:Y`: a ledger's lead and the ones that help.
  ['主责单位', 'responsible'],
  ['主责部门', 'responsible'],
  ['协助单位', 'support'],
  ['协助部门', 'support'],
  // `X作为责任主体,要…`, `责任主体:X`.
  ['责任主体', 'responsible'],
  // Offices of a township or subdistrict (科室, 股室), and a person: `责任科室:城建科`, `责任人:X`.
  ['责任科室', 'responsible'],
  ['责任股室', 'responsible'],
  // The divisions of a city bureau or a province's department (处室): `责任处室:X`, `牵头处室:Y`.
  ['责任处室', 'responsible'],
  ['牵头处室', 'lead'],
  ['配合处室', 'support'],
  ['承办处室', 'responsible'],
  ['责任人', 'responsible'],
  // A small table's column of who does it (`事项 | 负责人 | 完成时间`), a village's or a team's.
  ['负责人', 'responsible'],
  ['牵头科室', 'lead'],
  ['配合科室', 'support'],
  ['主办单位', 'responsible'],
  ['承办单位', 'responsible'],
  // A company's or an institution's departments: `承办部门:X`, `主办部门:X`, `承办科室:X`.
  ['承办部门', 'responsible'],
  ['主办部门', 'responsible'],
  ['承办科室', 'responsible'],
  ['落实单位', 'responsible'],
  // A school's record names who carries a decision out: `落实人：校长办公室　　落实时间：9月5日前`.
  ['落实人', 'responsible'],
  ['落实部门', 'responsible'],
  ['牵头单位', 'lead'],
  ['牵头部门', 'lead'],
  ['配合单位', 'support'],
  ['配合部门', 'support'],
  ['协办单位', 'support'],
  // `市城投集团作为实施主体,负责项目融资…`
  ['实施主体', 'responsible'],
  ['建设主体', 'responsible'],
  ['责任主体', 'responsible'],
  // `县人民医院作为业主单位承担采购主体责任`: the owner of a project, which answers for it.
  ['业主单位', 'responsible'],
  // `X作为项目业主,要加强建设全过程监管`: the same owner, by what it owns.
  ['项目业主', 'responsible']
]

/**
 * Owner labels in short, on a line of labels after a task (`牵头:X;配合:Y;时限:Z`):
 * labels only where a label may start and with their `:`, since they are
 * verbs too (`由X牵头:`).
 */
export const shortOwnerLabels: ReadonlyArray<readonly [label: string, role: OwnerRole]> = [
  ['牵头', 'lead'],
  // `（主办：X；协办：Y；时限：Z）`: the department that runs the task, beside the one that helps.
  ['主办', 'responsible'],
  ['配合', 'support'],
  ['协办', 'support'],
  ['责任', 'responsible'],
  ['主责', 'responsible']
]

/**
 * Labels of the leader a task is put under (`责任领导:X`, `牵头领导:X`), on a
 * line of labels: the leader oversees, as a table's column of them does, and
 * owns no task; the line is no task either.
 */
export const leaderLabels: readonly string[] = ['责任领导', '牵头领导', '包保领导', '包抓领导', '分管领导', '督办领导', '联系领导', '督办人', '责任院领导', '责任校领导']

/**
 * Words that name a line of owner and deadline labels before them (`落实要求:责任部门:X 完成时限:Y`):
 * no task of their own.
 */
export const labelLineIntros: readonly string[] = ['落实要求', '落实事项', '任务分工', '责任分工', '工作分工', '督办要求', '办理要求']

/** Task verbs that mark the owner's role. */
export const roleVerbs: ReadonlyArray<readonly [verb: string, role: 'lead' | 'support']> = [
  ['牵头', 'lead'],
  ['配合', 'support'],
  ['协助', 'support'],
  // `由X负责,Y、Z参与`: those who take part support.
  ['参与', 'support'],
  // `X主办、Y协办`: the office that runs a matter and those that help it.
  ['主办', 'lead'],
  ['协办', 'support']
]

/**
 * Verbs that make `X对Y…` at a clause start a task of X's (`区生态环境分局对
 * 涉及环评的项目实行专人跟踪服务`), as `要` would; without one (`X对此表示
 * 支持`), or in a clause of what was done (`X对…进行了说明`), it is none.
 */
export const objectTaskVerbs: readonly string[] = ['予以', '实行', '实施', '开展', '进行', '组织', '加强', '落实', '督促', '跟踪', '核查', '排查', '审核', '把关', '指导', '整改', '督办', '查处', '整治', '处置', '清理', '检查', '一查到底', '严肃问责', '追责问责', '严肃追责', '依法打击', '启动', '督查', '抽查', '巡查', '考核', '验收']

/**
 * Hedges between an owner and the deadline that gives it the task: `区水务局原则上5月底前完成…`,
 * `X力争9月底前建成`, `X务必6月底前办结`.
 */
export const deadlineHedges: readonly string[] = ['原则上', '力争', '务必']

/** Words that promise a day right after them, which makes it a deadline whatever verb follows: `确保11月1日按时供热`. */
export const datePromises: readonly string[] = ['确保', '力争', '争取', '务必', '保证']

/**
 * What opens a clause of a standard each case is answered by, not the task's deadline
 * (`发现问题24小时内书面通知整改`, `一经发现立即…`, `遇有险情2小时内报告`).
 */
export const caseOpeners: readonly string[] = ['发现', '一经发现', '遇有', '遇到']

/** Who the cases an overseeing body takes up with `的` are of, at a clause's end: `对敷衍塞责的责任单位及责任人,依规追责`. */
export const caseHolders: readonly string[] = ['责任单位及责任人', '责任单位和责任人', '单位和个人', '单位及个人', '责任人', '责任单位', '人员', '干部']

/**
 * Verbs of a body's own department's work, after it with nothing between (`后勤处检修…`,
 * `综合办公室优化…`): a clause of what the meeting asks that a department opens with one is the
 * department's task, where a longer run would read on to a later word in a department's ending
 * (`后勤处检修全校教室`). Not verbs a thing may be the subject of (`运营`, `管理`).
 */
export const departmentWorkVerbs: readonly string[] = [...objectTaskVerbs, '检修', '维修', '完成', '制定', '修订', '编制', '收集', '上报', '报送', '公示', '印发', '优化', '维护', '汇总']

/**
 * Verbs that make `X从Y…` at a clause start a task of X's: money or staff
 * drawn from a source (`区财政局从预备费中列支`, `X从现有编制中调剂`). Without
 * one (`X从三个方面作了汇报`), or with the `了` of what was done, it is none.
 */
export const sourceTaskVerbs: readonly string[] = ['安排', '列支', '调剂', '调配', '调剂解决', '统筹', '拨付', '筹措', '支出', '解决', '抽调', '选派']

/**
 * Verbs after an owner's verb of responsibility whose object the clause
 * writes before `由X` (`营销方案由营销中心负责制定`, `实施细则由X牵头起草`):
 * the clause's opening is the task's object.
 */
export const frontedObjectVerbs: readonly string[] = ['制定', '起草', '编制', '拟定', '修订', '修改', '实施', '落实', '办理', '承办', '组织', '审核', '推进', '督办', '报送', '编写', '撰写', '建设', '运营', '管理', '维护', '验收', '审批', '确定', '督导', '监督', '建立', '梳理', '汇总', '筹措', '筹集', '下达', '拨付', '发放']

/**
 * Words of how a unit does the work, between `由X` and a verb whose object is written before `由`
 * (`运营补贴由X据实拨付`, `资金由X足额下达`). Not `统一`: `会议明确,X由Y统一运营` names what Y runs as the
 * topic (test/blind9-h12.test.ts).
 */
export const frontedVerbManners: readonly string[] = ['据实', '足额', '全额', '及时', '按时', '按期', '分年度', '分期']

/**
 * Verbs of doing after `同意` or `决定` that make what follows work to be done, not a paper
 * agreed to: `会议同意实施A,由X负责` gives X the work on A (as `同意对A…` does).
 */
export const agreedWorkVerbs: readonly string[] = ['实施', '开展', '启动', '建设', '新建', '改造', '采购', '举办', '组建', '组织', '推行', '申报']

/**
 * What a body is asked to do with a paper sent to it (`报市发改委审批`, `报县政府备案`):
 * after `由X`, the paper is the object written before `由` (`项目建议书由X于…前报市发改委审批`).
 */
export const submittedForWords: readonly string[] = ['审批', '审定', '审核', '批准', '备案']

/**
 * Words that open a sentence of a deadline for the tasks set out before it in its paragraph
 * (`X负责A,Y负责B。上述工作须于8月15日前完成。`): each of them that has none takes it.
 */
export const summingWords: readonly string[] = ['上述工作', '上述任务', '上述事项', '以上工作', '以上任务', '以上事项', '前述工作', '前述任务', '上述各项工作', '以上各项工作']

/**
 * Works counted back by a clause of the sentence that set them out (`X负责A、Y负责B,两项工作均于10月底前
 * 落实到位`): each of the tasks before it that has no deadline takes the clause's.
 */
export const countedWorkWords: readonly string[] = ['两项工作', '三项工作', '四项工作', '两项任务', '三项任务', '以上两项', '上述两项', '以上三项', '上述三项']

/**
 * Words that open a sentence of a deadline for the task of the sentence right before it
 * (`责成X开展暗访督查。此项工作长期坚持。`), as `summingWords` do for a paragraph's.
 */
export const taskNamingWords: readonly string[] = ['此项工作', '该项工作', '这项工作']

/**
 * Verbs of making a paper known that end an owner's words after `由X`, a deadline and a
 * forum (`点评结果由药剂科于每月15日前在院周会上通报`, `名单由X于5月底前公示`): what is
 * made known is written before `由`.
 */
export const announcedFrontedVerbs: readonly string[] = ['通报', '公布', '公示', '反馈', '发布', '印发', '报送', '上报']

/**
 * Verbs of making a document, which before `的` name what a unit made, not
 * what it is to do: `X提出的方案`, `X牵头起草的《办法》`, `X报来的请示`, `X提请的《办法》`, `X编制的预算`.
 */
export const makingVerbs: readonly string[] = [
  '提出', '提交', '提请', '报送', '上报', '呈报', '报来', '拟定', '起草', '编制',
  // `会议讨论了X庭提交请示的…案件`: a court's division brings a case to its judicial committee.
  '提交请示', '提请讨论', '提交讨论', '请示'
]

/** Verbs of presenting, which make `X对Y…` a report, not a task: `X对《方案》进行说明`. */
export const objectReportVerbs: readonly string[] = ['说明', '汇报', '介绍', '解读', '讲解', '发言']

/** Tasks that are not tasks but appointments, outcomes or presentations: `由X担任组长`, `由X作说明`. */
export const nonTaskVerbs: readonly string[] = [
  '担任',
  '兼任',
  '出任',
  '任组长',
  '为组长',
  // What is left of `由X主任孙明任组长` where a three-character name took the 任 (`孙明任`).
  '组长',
  '副组长',
  '主持',
  // What an owner led or did, named as a thing: `X牵头的专项行动已办结`.
  '牵头的',
  '负责的',
  '承办的',
  '配合的',
  '控股',
  '主导',
  '组成',
  // A presentation made at the meeting: `由X作起草说明`, `由X汇报了…`.
  '作起草说明',
  '作说明',
  '作了说明',
  '作了汇报',
  '汇报了',
  '介绍了',
  '通报了',
  '说明了'
]

/**
 * Addressees that are audiences, not owners: `各地各部门`, `有关部门`; the bodies of wherever a matter
 * lies or of its sector, named by that alone (`属地政府`, `行业主管部门`).
 */
/**
 * The units of each project in their role, addressed as a whole (`项目牵头单位要在春节前细化实施方案`):
 * an audience, which ends the task of the owner before it.
 */
export const projectRoleAudiences: readonly string[] = ['项目牵头单位', '项目业主单位', '项目建设单位', '项目责任单位', '项目实施单位', '项目主管部门']

export const genericOwnerPrefixes: readonly string[] = ['各', '有关', '相关', '全', '其他', '其它', '其余', '本', '该', '我', '上级', '下级', '被', '属地', '行业主管']

/**
 * The bodies directly under a level of government, named as a whole
 * (`市直有关部门`, `县直各单位`, `区直部门`): an audience, as `有关部门` is.
 * A level, then `直`, then a generic prefix or one of `directBodies`.
 */
export const directLevels: readonly string[] = ['省直', '市直', '县直', '区直', '旗直', '州直', '盟直']

/**
 * Words for the bodies under an office, before a generic prefix, that make
 * an audience (`局属各单位要…`, `所属各企业要…`), as `directLevels` do.
 */
export const subordinateLevels: readonly string[] = ['局属', '委属', '厅属', '办属', '市属', '县属', '区属', '校属', '院属', '所属', '下属', '直属']

/**
 * Words of where bodies lie, before a generic prefix, that make an audience (`沿线各街道`,
 * `周边各村`, `辖区内各学校`), as `directLevels` do.
 */
export const audienceQualifiers: readonly string[] = ['沿线', '沿途', '沿河', '沿江', '沿岸', '周边', '辖区内', '辖区', '流域内', '片区内']

/**
 * The kinds of bodies that, after one of `audienceQualifiers` and with no generic prefix, name
 * an audience too (`沿线乡镇配合`, `周边村组`): every body of that kind where the matter lies.
 */
export const audienceKinds: readonly string[] = ['乡镇', '镇街', '街道', '村', '村组', '社区', '县区', '区县', '单位', '部门', '企业', '学校']

/** What the bodies under a level are called, as a whole: `市直部门`, `县直单位`, `区直机关`. */
export const directBodies: readonly string[] = ['部门', '单位', '机关', '各部门', '各单位']

/** Words that end like a unit but are not one: `领导干部要…`, `全社会`. */
export const nonUnits: readonly string[] = ['干部', '内部', '外部', '全部', '局部', '基层', '城市', '社会', '全校', '全院', '大会', '机会', '体会', '会议', '全会', '例会', '都市', '城区', '镇区', '辖区', '城乡社区', '城市社区', '农村社区', '基层社区', '校区', '景区', '小区', '县区', '市县', '区县', '省市', '市区', '上级', '下级', '同级', '企业', '单位', '与会', '农村', '乡村', '城乡村', '新农村', '各村', '乡镇', '常委', '关联', '互联', '串联', '控股', '入股', '参股', '持股', '配股', '分股', '折股', '股份', '优先股', '普通股',
  // Verbs ending in 办 (to run, to handle), not an office (`X办`): `企业开办`, `活动承办`, `问题交办`
  // (not 兴办, which ends `乡村振兴办`).
  '开办', '举办', '承办', '主办', '协办', '创办', '筹办', '交办', '督办', '查办', '催办', '转办', '代办',
  // `研究部署`: a verb that ends in the suffix 署 (`公署`).
  '部署',
  // Verbs ending in 队 (to lead a team), not a team (`X队`): `局长X带队`.
  '带队', '率队',
  // A campus of a hospital, named as a place: `县人民医院新院区`, `东院区`.
  '院区',
  // Nouns and verbs that end in a suffix: a website (`完成新网站上线`), a relation (`军民关系持续巩固`),
  // going back to school (`参训教师返校后…`).
  '网站', '关系', '返校', '离校', '到校',
  // A pronoun before 所 (`其所在单位`, `由X通知其所在学院`): `其所`, never an institute (`研究所`).
  '其所',
  // Flags, not a banner (`额尔敦旗`): `国旗要保持整洁`.
  '国旗', '党旗', '团旗', '红旗', '彩旗', '锦旗', '队旗', '校旗']

/**
 * Boards that speak as the meeting does, before a verb of asking
 * (`理事会要求秘书处…`, `董事会授权经营层…`).
 */
export const boardsThatSpeak: readonly string[] = ['董事会', '理事会', '监事会', '常委会', '党委会', '党组会', '院务会', '校务会', '股东会', '股东大会']

/**
 * The meeting named by its body or its kind as the subject of its outcome, where
 * minutes write it for `会议` (`院务会同意…`, `党工委同意…`, `院长办公会研究决定:…`).
 */
export const meetingSubjectsByKind: readonly string[] = [
  ...boardsThatSpeak, '党工委', '管委会', '院长办公会', '校长办公会', '总经理办公会', '主任办公会', '局务会', '党政联席会',
  // A court's judicial committee and a procuratorate's, as their minutes write them for `会议`
  // (`审委会讨论决定:…`, `经检委会讨论,…`).
  '审委会', '检委会'
]

/**
 * Places whose name opens with a clause word of `notInUnits` (`会同县人民政府`, `会同县政府要…`):
 * at the start of a unit's name the place, not the word (`X会同县财政局…` is still the word).
 */
export const clauseWordPlaces: readonly string[] = ['会同县']

/**
 * Funds a cost is met from, written after `由` and the body that holds them (`费用由社区公益金补贴`,
 * `由村集体资金列支`): the money pays, the body before it owns no task.
 */
export const fundWords: readonly string[] = ['公益金', '集体资金', '自有资金', '专项资金', '资金', '经费', '基金', '预备费', '公积金', '留存收益']

/** Clause words that never stand inside a unit's name. */
// (`签署`: `授权校长签署合作办学协议` has no unit `校长签署合作办学协`.)
// (`后送`, `后交`, `后报`: a step and the matter handed on, `由X整理后送县人民政府研究处理`,
// `由人事科测算后报院办公会`: no unit `人事科测算后报院办`.)
// (`在全`: where a result is made known, `督查结果在全县通报`: no unit `督查结果在全县`.)
// (`包联`: a leader or unit paired with a project or a village to see it through, `包联安排由X拟定`: no unit `包联`, as `妇联` is.)
export const notInUnits: readonly string[] = ['会议', '包联', '期间', '要求', '会后', '会同', '各', '了', '的', '由', '是', '并', '把', '将', '按', '从', '向', '每', '签署', '作为', '负责', '牵头', '后送', '后交', '后报', '纳入', '情况', '承接', '承担', '后提交', '后提请', '事项请', '在全']

/**
 * Verbs that open a task, never a unit's name: what the meeting asks
 * (`会议要求开展住宅小区…`, `加快推进新校区…`) or takes up (`审议县人大常委会…`)
 * is no owner. (Not `研究`, which opens `研究院`, `研究生院`.)
 */
// (`建议县人民政府加大…`: what a congress recommends; `联合县农业农村局起草…`: a partner joined, as after 会同.)
// (`请X…`, `责令X…`, `责成X…`, `限县X于…前…`: the word that asks X (`限` sets X a term); `待县财政局测算后…`: the step the matter waits for
// (not `待遇保障股`, a unit);
// `报县政府审定`, `提请区委…`: the body a matter goes up to; `汇报科室:X`, the label of who reports. No unit's name opens with one.)
export const notUnitOpeners: readonly string[] = ['请', '待县', '待市', '待区', '待镇', '待乡', '责令', '责成', '限县', '限市', '限区', '限州', '限旗', '限镇', '限乡', '报县', '报市', '报区', '报省', '报州', '报镇', '报乡', '报局', '报学院', '报学校', '报集团', '报公司', '提请', '报请', '开展', '加快', '推进', '加强', '审议', '听取', '传达', '通报', '汇报', '部署', '建议', '联合县', '联合市', '联合区', '联合镇', '联合乡', '决定', '落实', '做好', '抓好', '完成', '确保', '推动', '督促', '实施', '实行', '深化', '强化', '优化', '提升', '建立', '健全', '完善', '对全', '立即', '及时', '尽快', '抓紧', '逐', '成立', '组建', '设立', '近期', '近日', '目前', '当前', '与', '提高', '持续', '聚焦']

/**
 * Verbs of a change from one thing to another, after which a `由` before them
 * is `from`, not `by`: `地点由公司本部变更为…`, `由季度调整为月度`. No unit's
 * name holds one.
 */
export const changeVerbs: readonly string[] = ['变更为', '调整为', '改为', '变为', '提高到', '提高至', '降低到', '降低至', '增加到', '增加至', '减少到', '减少至']

/**
 * Bodies named after a meeting, in whose name `会议` does stand
 * (`联席会议办公室`, `市食品安全工作联席会议`): a clause word of `notInUnits`
 * that ends one of these is part of the unit.
 */
export const meetingBodies: readonly string[] = ['联席会议']

/** Words that look like a follower but are not: `要求` is not `要`, nor `派出所` (a police station) `派出`. */
// (`管委会同意…`: a body's 会 and 同意, not `管委` and `会同`.)
export const notFollowers: readonly string[] = ['要求', '作为', '应急', '应用', '负责人', '负责同志', '参与了', '派出所', '会同意']

/**
 * Followers that a word of `notFollowers` would hide: `会同` before a noun that opens with 意
 * (`X会同意见较多的乡镇…`, `X会同意向企业…`), not a body's 会 and 同意; `负责` before
 * a noun that opens with 人 (`X负责人员密集场所检查`, `X负责人民路改造`), not a unit's `负责人`.
 */
export const followersDespite: readonly string[] = ['会同意见', '会同意向']

/**
 * Verbs of a unit that oversees beside the owner in a bracket after a task
 * (`…(县城投公司负责,县水利局督导)`): the overseer owns nothing there, and the bracket goes on.
 */
export const overseeingVerbs: readonly string[] = ['督导', '督办', '督促', '督查', '监督', '指导']

/** Verbs that name an office or a group with 室 or 组 after them (`县委督查室`, `县政府督导组`), so no follower there. */
export const officeNamingVerbs: readonly string[] = ['督查', '督导', '督办', '巡查', '指导', '协调']

/**
 * Verbs that name a party committee's department with 部 after them (`党委组织部`, `党委宣传部`,
 * `统战部`), so no follower there; not before `部分` (`由村委会组织部分党员…`, some of them).
 */
export const departmentNamingVerbs: readonly string[] = ['组织', '宣传', '统战']

/**
 * Nouns that open with 人, after which `负责人` is `负责` and the noun (`X负责人员密集场所检查`,
 * `X负责人民路改造`, `X负责人才公寓建设`, `X负责人事档案管理`), not a unit's officer.
 */
export const nounsAfterResponsible: readonly string[] = ['人员', '人民', '人才', '人口', '人居', '人行', '人防', '人工', '人事', '人力', '人大', '人社', '人选']

/** Words that may follow a reporter: `X关于…的汇报`, `X就…进行了说明`. */
export const reporterFollowers: readonly string[] = [
  '关于', '就', '对', '《', '针对', '介绍', '汇报', '传达', '领学', '通报', '说明', '解读', '作了', '提出的', '提交的', '提请的', '报送的', '起草的', '牵头起草的', '负责起草的', '代拟的', '草拟的', '拟定的', '进行',
  // `审议了县司法局提交审查的《办法》`: what X brought to the meeting to be reviewed.
  '提交审查的', '提交审议的', '提请审议的', '提请审查的', '报送审议的', '报请审议的',
  // `听取了总经理X所作的《…报告》`, `听取了副县长X受县人民政府委托所作的…报告`, `听取了副县长X作的…报告`.
  '所作的', '所做的', '受', '作的关于', '作的《',
  // `听取了X、Y分别关于…的汇报`: joint makers, each of its own report.
  '分别关于', '分别就', '分别作的', '分别所作的',
  // `听取了X的汇报`, `X的情况说明`: the report named after its maker, with no subject.
  '的汇报', '的情况汇报', '的工作汇报', '的专题汇报', '的工作情况汇报', '的有关情况汇报',
  '的说明', '的情况说明', '的起草说明', '的通报', '的情况通报', '的报告', '的情况报告', '的工作报告',
  // A group's findings on one case or one round of review: `听取了调查组组长的调查情况报告`, `专家组的评审情况汇报`.
  '的调查报告', '的调查情况报告', '的调查情况汇报', '的评审报告', '的评审情况汇报',
  // `听取了柳河镇工作汇报`: the maker's own report on its work, with no `的`.
  '工作汇报', '工作情况汇报'
]

/** Words that join joint owners: `高新区和市自然资源局`. */
export const ownerJoiners: readonly string[] = ['以及', '和', '与', '及', '、', '同']

/** Trailing words after a person or unit that are not part of the name. */
export const actorTrailers: readonly string[] = ['主要负责同志', '主要负责人', '相关负责同志', '有关负责同志', '相关负责人', '有关负责人', '负责同志', '负责人', '同志', '等有关单位', '等相关单位', '等有关部门', '等相关部门', '等单位', '等部门', '等']

/** Verbs ending in 理 that a task's noun takes before `由` (`手续办理由X牵头`, `投诉处理由Y负责`): no `理由` there. */
export const verbsEndingInLi: readonly string[] = ['办理', '处理', '管理', '治理', '整理', '清理', '受理', '审理', '代理', '护理', '料理', '梳理']

/** Compounds with 由 that do not name an owner: `由于`, `理由`. */
export const notOwnerBy: readonly string[] = ['由于', '由此', '由来', '由衷', '理由', '自由', '缘由', '经由', '事由', '因由', '来由']

// ---------------------------------------------------------------------------
// Units and persons.

/**
 * Endings of unit names: a place prefix + a body ending in one of these.
 * Longer endings first.
 */
export const unitSuffixes: readonly string[] = [
  '领导小组办公室',
  // A company's management, as boards name it: `公司经营层`, `集团管理层`.
  '经营层',
  '管理层',
  '经理层',
  '领导小组',
  '工作小组',
  '工作组',
  // A group set up for one piece of work: `规划起草组`, `换届筹备组`, `评审专家组`, `规划编制组`.
  '起草组',
  '筹备组',
  '专家组',
  '编制组',
  // A headquarters' own working groups, which its weekly meetings charge: `征迁组要…`, `要素保障组`.
  '征迁组',
  '工程组',
  '保障组',
  '综合组',
  // A group set up to look into one case: `调查组组长汇报了…`, `由调查组核实…`.
  '调查组',
  // The discipline inspection team a commission stations in a body (`驻校纪检监察组`), and teams sent to inspect.
  '纪检监察组',
  '纪检组',
  '巡察组',
  '督查组',
  '督导组',
  // Groups a council or a government sends out, which report back: `县人大常委会执法检查组`, `调研组`.
  '检查组',
  '调研组',
  '考核组',
  '验收组',
  // A party group's study group: `市政府党组理论学习中心组要…` (not `中心` and `组要`).
  '中心组',
  // A working group set up for one matter: `市防汛备汛工作专班`, `专班要于5月15日前…`.
  '工作专班',
  '专班',
  // A school's grade and subject groups: `高三年级组`, `语文教研组`, `体育组`; a grade named
  // whole, as schools charge it: `初三年级要制定备考方案`.
  '年级组',
  '年级',
  '教研组',
  '备课组',
  '学科组',
  '体育组',
  '艺术组',
  '语文组',
  '数学组',
  '英语组',
  // A kindergarten's or a small school's working groups, and its canteen: `后勤组在…前完成…`, `食堂要调整食谱`.
  '后勤组',
  '保教组',
  '保育组',
  '总务组',
  '德育组',
  '食堂',
  // A community's property manager, by the kind the property regulations name it: `物业服务企业要…`.
  '物业服务企业',
  '物业企业',
  '指挥部',
  // Committees and headquarters as minutes shorten them: `县安委会` (安全生产委员会), `县防指` (防汛抗旱指挥部).
  '安委会',
  '防指',
  '管委会',
  '委员会',
  '办公室',
  // A government's or a party committee's own office that follows up its decisions: `区政府督查室`.
  '督查室',
  '事务所',
  '研究院',
  '研究所',
  '集团',
  '公司',
  '中心',
  '街道',
  '部门',
  '小组',
  '政府',
  '党委',
  '党组',
  // A party organisation at a level: `各二级党组织`, `各基层党组织`.
  '党组织',
  '支部',
  '总支',
  '学院',
  // Schools and their teams: `市第十四中学`, `初三年级组`, `数学教研组`.
  '大学',
  '中学',
  '小学',
  '中专',
  '职高',
  '幼儿园',
  // Broadcasters: `市广播电视台`, `县融媒体中心` (中心 above).
  '电视台',
  // The citizens' service line, as minutes name it: `市12345热线`, `市民热线`.
  '热线',
  '广播电台',
  '学校',
  '年级组',
  '教研组',
  '备课组',
  '医院',
  '银行',
  // A bank's branches: `人民银行X市分行`, `农业银行X支行`.
  '分行',
  '支行',
  // Banks as county minutes shorten them: `县农发行` (农业发展银行), `县农商行`, `县农行`.
  '农发行',
  '农商行',
  '农行',
  '分局',
  '大队',
  '支队',
  '园区',
  // An industrial park run as a body of its own, as county minutes charge it: `城南工业园抓总`.
  '工业园',
  '产业园',
  '新区',
  '开发区',
  '处',
  '科',
  '局',
  '委',
  '办',
  '厅',
  '署',
  '院',
  '所',
  '站',
  // Sites staffed for one kind of work, which act as a station does: `物资储备点`, `便民服务点`, `核酸采样点`.
  '储备点',
  '服务点',
  '监测点',
  '执勤点',
  '安置点',
  '救助点',
  '接种点',
  '采样点',
  '检查点',
  '队',
  '社',
  '会',
  '镇',
  '乡',
  '区',
  '县',
  '市',
  '部',
  '系',
  '室',
  '馆',
  '校',
  // The sections of a county bureau (股室): `耕地保护股`, `城建股`; a health bureau's disease control
  // section, whose `控股` is no holding (`疾控股`).
  '疾控股',
  '股',
  // The divisions of a court, which bring cases to its judicial committee: `刑事审判第一庭`, `立案庭`,
  // `民事审判庭`, `城关人民法庭` (not a bare `庭`: `困难家庭`).
  '审判庭',
  '立案庭',
  '执行庭',
  '法庭',
  '一庭',
  '二庭',
  '三庭',
  '四庭',
  '五庭',
  // Villages and residents' committees: `东风村`, `新华社区居委会`.
  '村委会',
  '居委会',
  '村',
  // Inner Mongolia's banner, township and village, as a county's, a town's and a village's:
  // `额尔敦旗`, `宝日温都苏木要…`, `巴彦嘎查`.
  '旗',
  '苏木',
  '嘎查',
  // People's organizations: `市妇联`, `市工商联`, `市科协`.
  '联',
  '协'
]

/**
 * Endings of a division named after the two things it manages, joined by
 * `与` inside the name (`实验室与设备管理处`, `资产与后勤管理中心`): such a
 * name is one owner, not two.
 */
export const managedDivisionEndings: readonly string[] = ['管理处', '管理科', '管理部', '管理中心', '管理办公室', '管理办', '管理所']

/**
 * Bodies of a town, a community or a company named whole, without a place
 * (`纪委`, `人大`, `武装部`, `社区`): an officer of one (`纪委书记X`,
 * `社区民警X`) is one of the meeting's own leaders or workers, who owns a
 * task in person; the body does not stand for them as `区水利局` does for
 * its head. So do a university's party committee of its offices and its
 * discipline committee (`机关党委副书记X`).
 */
export const ownBodies: readonly string[] = ['社区', '纪委', '纪工委', '党委', '党工委', '党总支', '人大', '团委', '妇联', '工会', '武装部', '驻村工作队', '工作队', '机关党委', '机关纪委']

/**
 * How a government or a congress's standing committee ends, named whole with its place or
 * without (`区政府`, `县人民政府`, `常委会`, `县人大常委会`): its leaders own a task in person
 * (`由区政府副区长X带队` → X, `由常委会副主任Y带队` → Y), as of `ownBodies`; so do a street's
 * office and a zone's committee, the governments of their places (`由街道办事处副主任X负责` → X).
 */
export const wholeBodyEndings: readonly string[] = ['政府', '常委会', '政协', '办事处', '管委会']

/**
 * Bodies of a place named bare after another of the same place, which they share
 * (`马坪镇党委、政府`, `北关街道党工委、办事处`): joint owners with it.
 */
export const placeSharedBodies: readonly string[] = ['政府', '人民政府', '党委', '党工委', '纪委', '人大', '政协', '办事处', '管委会']

/**
 * How the organs of a village or a residents' committee begin when its
 * minutes name them without the place (`村委会`, `村民委员会`, `村妇联`,
 * `村监委会`, `村党支部`, `居委会`): an officer of one (`村委会副主任X`) is
 * the owner in person, as of `ownBodies`.
 */
export const ownVillageOrgans: readonly string[] = [
  '村委会', '村委', '村两委', '村民委员会', '村妇联', '村监委会', '村务监督委员会', '村党支部', '村党总支', '村党委', '村团支部', '村集体经济合作社', '村股份经济合作社',
  '居委会', '居民委员会', '社区居委会', '社区两委', '社区党支部', '社区党委', '社区党总支', '社区团支部'
]

/**
 * Words that begin with 后 and name a thing (`后勤保障处`, `后备干部`,
 * `后续工作`), so that a decision verb before them (`同意后勤保障处提出的…`)
 * is no step to come (`审议通过后印发`).
 */
export const notStepWords: readonly string[] = [
  '后勤',
  '后备',
  '后续',
  // An investment's review after it is done, a company's report: `同意后评价报告`, `原则同意后评估结论`.
  '后评价',
  '后评估'
]

/**
 * Bodies whose chair's council meets as the body itself (`县人大常委会主任会议`, `市政协主席会议`):
 * a document they made (`会议审议了县人大常委会关于…的决定(草案)`) is not brought by them.
 */
export const councilHosts: readonly string[] = ['人大常委会', '政协']

/**
 * What the meeting did before it decides, between it and the verb (`会议讨论后同意…`,
 * `会议研究后原则通过…`): the clause decides as the meeting's own would.
 */
export const deliberatedFirst: readonly string[] = ['讨论后', '研究后', '审议后', '讨论研究后', '研究讨论后']

/**
 * The members of a board or council who vote, as the subject of its outcome
 * (`全体董事一致同意…`, `与会理事一致同意…`): they decide as the meeting does; so do, in a
 * record of who said what, all present (`大家一致同意…`).
 */
export const votingMembers: readonly string[] = ['全体董事', '与会董事', '出席董事', '全体理事', '与会理事', '出席理事', '全体监事', '与会监事', '全体委员', '与会委员', '全体常委', '与会常委', '大家']

/**
 * The matter itself as the subject of its outcome (`本议案暂缓表决`,
 * `该事项暂缓研究`, `此项议题原则通过`): the clause decides as the
 * meeting's own would.
 */
export const decidedMatterSubjects: readonly string[] = ['此事', '该事', '本议案', '该议案', '此议案', '本项议案', '该项议案', '本议题', '该议题', '此议题', '该项议题', '本事项', '该事项', '此事项', '该项事项', '该请示', '本请示']

/**
 * Nouns that end a matter named back with `该` or `此` before its outcome
 * (`该采购计划不予同意`, `此项申请暂缓办理`, `该方案原则通过`), or open a
 * clause alone right before it (`方案暂缓执行`): the matter as the subject of
 * what the meeting decided on it. Also a work or a site it puts off (`该工程暂缓实施`,
 * `滨江路夜市疏导点暂缓设置`).
 */
export const decidedMatterNouns: readonly string[] = ['计划', '方案', '申请', '项目', '请示', '报告', '议案', '事项', '事宜', '议题', '办法', '意见', '建议', '规划', '草案', '预算', '问题', '工程', '点']

/**
 * Verbs by which a meeting refuses what was put to it (`会议不同意X提出的…`, `不予支持`, `否决`): a
 * proposal refused hands no one its work, and its maker presents it no more than it proposed it.
 */
export const refusalVerbs: readonly string[] = ['不同意', '不予同意', '不予支持', '不予批准', '不予通过', '不予采纳', '未同意', '未予同意', '否决']

/**
 * Outcomes with a verb of granting, given or refused (`不予同意`, `予以批准`):
 * after `对` and its matter (`对…不予同意`) and after a matter named back
 * (`该方案不予同意`). Longest and refusals first: `decisions.ts` tries them
 * in this order.
 */
export const grantingOutcomes: readonly string[] = ['不予同意', '不予批准', '不予通过', '不予采纳', '不予支持', '不予立项', '未予同意', '予以同意', '予以通过', '予以批准', '予以追认']

/**
 * Outcomes that a matter named back may take as their subject (see
 * `decidedMatterNouns`): granted, refused or put off, never a state
 * (`该项目暂不具备条件` says how the matter stands, it decides nothing).
 */
export const decidedMatterOutcomes: readonly string[] = [...grantingOutcomes, '暂不予', '暂缓', '原则同意', '原则通过']

/**
 * A motion's outcome told of the motion (`本议案获得通过`, `该议案以7票同意…获得通过`,
 * `议案未获通过`): passed or refused, after the motion or its tally.
 */
export const motionOutcomes: readonly string[] = ['获得通过', '获通过', '未获通过', '未获得通过']

/**
 * Who or what share of them a vote is won by, between `获得` and `同意` (`X获得三分之二以上委员同意`,
 * `获得全体董事同意`, `获得半数以上票数赞成`): the clause tells the vote's outcome for whom it names.
 */
export const voteWinningWords: readonly string[] = ['委员', '董事', '理事', '代表', '股东', '半数', '三分之二', '全票', '多数']

/**
 * Roles by which a record of who said what names its speaker (`主持人：同意。`): the line is
 * that member's, as one by title is.
 */
export const speakerRoles: readonly string[] = ['主持人']

/**
 * Verbs of speaking a record of who said what writes between the speaker and the colon
 * (`林书远 发言：…`, `院长 总结：…`, `X说：…`): the line is still that speaker's.
 */
export const speakingWords: readonly string[] = ['发言', '汇报', '总结', '表态', '补充', '讲话', '介绍', '说明', '说']

/**
 * Labels of a record's line that says what the meeting concluded on its matter (`讨论结果：暂不收费`,
 * `研究结果：同意…`): the value is a decision, as after `会议决定：`.
 */
export const concludedLabels: readonly string[] = ['讨论结果', '研究结果', '会议结果']

/**
 * Endings by which the meeting puts a matter off to a later sitting (`此事修改后再议`,
 * `待调研清楚后再行研究`): outcomes as 暂缓 is, where the clause opens with them, with a
 * matter named back, or with a step to take first (`revisionWords`, `待`).
 */
export const putOffEndings: readonly string[] = ['再议', '再行研究', '再行审议', '另行研究']

/**
 * What a draft sent back is sent back for, later in the clause of `退回`
 * (`退回县财政局修改`, `退回起草单位重新论证`): the meeting decides to send
 * it back, as with `予以退回`; without one, `退回` is any return (`退回多收费用`).
 */
export const revisionWords: readonly string[] = ['修改', '完善', '重新', '补充']

/** Kinds of document a meeting reviews, named back with `该` or `此` (`该办法由X起草`): see `assignments.ts`. */
export const documentKinds: readonly string[] = ['办法', '方案', '规定', '意见', '细则', '制度', '规划', '章程', '规则', '计划']

/**
 * Words that begin with a decision verb and name a document (`决定草案`,
 * `同意书`, `批准书`): a clause that opens with one speaks of the document
 * (`会议认为,决定草案结构合理`), it decides nothing.
 */
export const decisionNouns: readonly string[] = ['决定草案', '决定(草案)', '决定书', '决定稿', '决议草案', '决议(草案)', '决议稿', '决议内容', '决议事项', '决议公告', '同意书', '批准书', '批准文件', '批准文号', '通过率']

/**
 * Verbs of two characters whose first is a unit suffix (`办理`, `处置`,
 * `部署`): a unit does not end inside one, so `会议要求加快办理…` names no
 * unit `加快办`.
 */
export const suffixVerbs: readonly string[] = [
  '办理',
  '办结',
  '办好',
  '处理',
  '处置',
  '部署',
  '会商',
  '会签',
  '会审',
  // `委托`: `食堂委|托经营` ends no unit `…食堂委`; `会议`: `主席会|议成员` no unit `主席会`.
  '委托',
  '会议',
  '署名',
  // And nouns so made: `农贸市|场`, `校|内外专家`, `新校|区`. (Not `部分`, `处于`: `学生工作部分别…`,
  // `后勤管理处于寒假期间…` name their units.)
  '市场',
  '市民',
  '市级',
  '校内',
  '校外',
  '校区',
  '校园',
  // `县人民医院新院|区`: a hospital's campus, named as a place.
  '院区',
  '局面',
  // `县林业局科|学制定`: a manner of work (`科学制定`, `科技赋能`), no section (科) of a bureau.
  '科学',
  '科技',
  // `市政府系|统各部门`: a university's department (系) does not end inside 系统.
  '系统',
  // `宣传队|伍建设`, `政治站|位`: nouns so made.
  '队伍',
  '站位',
  // `新增学位所|需经费`: what a matter needs (`所需资金`), after no unit.
  '所需',
  // `县直部|门一般性支出`: no unit ends inside `部门` (the bodies under a level, `县直部门`, are an audience);
  // `选举任免联|络工作委员会`: nor inside `联络`, a committee's name runs on.
  '部门',
  '联络'
]

/**
 * Words of a company's legal form, written between its name and `公司`
 * (`XX物业服务有限公司`, `XX股份有限公司`): alone before the suffix they name
 * no company (`会议要求有限公司要…`, a name left out or cut off).
 */
export const companyFormWords: readonly string[] = ['有限责任', '股份有限', '有限', '股份', '控股']

/**
 * Unit suffixes that name a unit on their own: the body's own office (`请办公室按程序印发`), a village's
 * committee (`村委会要…`), a company's management as its board or party committee names it (`授权经营层组织招标`),
 * a working group named after it was set up (`专班要于5月15日前…`).
 */
export const standaloneUnits: readonly string[] = ['办公室', '党委', '党组', '领导小组', '领导小组办公室', '指挥部', '管委会', '工作组', '工作小组', '纪检监察组', '纪检组', '巡察组', '督查组', '督导组', '村委会', '居委会', '体育组', '艺术组', '语文组', '数学组', '英语组', '后勤组', '保教组', '保育组', '总务组', '德育组', '食堂', '物业服务企业', '物业企业', '经营层', '经理层', '管理层', '专班', '工作专班', '起草组', '筹备组', '专家组', '编制组', '征迁组', '工程组', '综合组', '调查组', '疾控股', '立案庭', '执行庭']

/**
 * Abbreviated department names that stand for a unit after a place prefix
 * (`镇财政`, `市公安`), or on their own in a list (`规划、住建部门`).
 */
export const unitAbbreviations: readonly string[] = [
  '财政',
  '公安',
  '交警',
  '城管',
  '国土',
  '住建',
  '规划',
  '资规',
  '发改',
  '教育',
  '卫健',
  '民政',
  '人社',
  '环保',
  '水利',
  '交通',
  '农业',
  '商务',
  '审计',
  '税务',
  '市场监管',
  '应急',
  '消防',
  '文旅',
  '统计'
]

/** Place prefixes of unit names. */
/**
 * Designations of a member body written before its name (`由副会长单位X公司承办`,
 * `理事单位X`): the owner is the body named after it.
 */
export const memberDesignations: readonly string[] = ['常务副会长单位', '副会长单位', '会长单位', '常务理事单位', '理事单位', '会员单位', '成员单位', '监事单位']

export const placePrefixes: readonly string[] = ['省', '市', '区', '县', '旗', '州', '盟', '镇', '乡', '街道', '校', '院', '学院', '集团', '公司']

/**
 * A school's or kindergarten's officers titled by their charge (`教导主任`, `后勤主任`, `保教主任`), posts the
 * minutes need not name the holder of: they present matters and own tasks as written.
 */
export const schoolCharges: readonly string[] = ['教导主任', '总务主任', '德育主任', '政教主任', '保教主任', '后勤主任']

/**
 * Titles of persons, longest first: `常务副市长` before `副市长` before `市长`.
 * A name stands before or after its title: `王明远代市长`, `区长于晓东`.
 */
export const titles: readonly string[] = [
  '常务副省长',
  '常务副市长',
  '常务副区长',
  '常务副县长',
  '常务副校长',
  '常务副院长',
  // The executive deputy of a union, a federation, a CPPCC or a committee: `市总工会常务副主席X`.
  '常务副主席',
  '常务副主任',
  '常务副会长',
  '常务副理事长',
  '副主任委员',
  '主任委员',
  '副召集人',
  '召集人',
  '代省长',
  '代市长',
  '代区长',
  '代县长',
  '副总理',
  '副省长',
  '副州长',
  '副旗长',
  // A league's (盟) head, as Inner Mongolia names it: `盟委副书记、盟长X主持召开…`.
  '副盟长',
  '副市长',
  '副区长',
  '副县长',
  '副镇长',
  '副乡长',
  '副秘书长',
  '副书记',
  '副主任',
  '副局长',
  '副院长',
  // Courts, procuratorates, congress committees and police units, as attendance lists name them.
  '副检察长',
  '检察长',
  '副庭长',
  '庭长',
  '副主任委员',
  '主任委员',
  '副支队长',
  '支队长',
  '副大队长',
  '大队长',
  '政委',
  '副校长',
  // A kindergarten's head and deputy: `园长X主持召开园务会议`, `副园长X负责…`.
  '副园长',
  '副处长',
  '副部长',
  '副主席',
  '副会长',
  '副董事长',
  '副理事长',
  '副监事长',
  '副馆长',
  '副站长',
  '副行长',
  '副台长',
  '副总经理',
  '副总裁',
  '副组长',
  '副厅长',
  '副所长',
  '副科长',
  '市长助理',
  '区长助理',
  '县长助理',
  // A town's assistant to its mayor: `由副镇长X、镇长助理Y共同负责`.
  '镇长助理',
  '乡长助理',
  '校长助理',
  '院长助理',
  '局长助理',
  '总经理助理',
  '主任助理',
  '总理',
  '省长',
  '州长',
  '旗长',
  '盟长',
  // A prefecture's administrative office (行署) is headed by its commissioner: `行署专员X主持召开…`.
  '副专员',
  '专员',
  '市长',
  '区长',
  '县长',
  '镇长',
  '乡长',
  '秘书长',
  '理事长',
  '监事长',
  '党委书记',
  '党组书记',
  '党组成员',
  '书记',
  '主任',
  '局长',
  '院长',
  '校长',
  '园长',
  '处长',
  '部长',
  '主席',
  '会长',
  '董事长',
  '董事会秘书',
  // Chiefs of the river and forest chief systems, as leaders are titled there: `市级副总河长X主持召开…`.
  '副总河长',
  '总河长',
  '副总林长',
  '总林长',
  // The principal investigator of a study an ethics committee reviews: `要求主要研究者于…前提交…`.
  '主要研究者',
  '独立董事',
  '董事',
  '监事',
  // A council's member, as a board's: `理事X`.
  '理事',
  '总经理',
  // The commanders of a headquarters (防汛抗旱指挥部): `县防汛抗旱指挥部指挥长X`.
  '常务副指挥长',
  '副指挥长',
  '指挥长',
  // A project headquarters' (开发建设指挥部) own: `常务副总指挥X`, `总指挥X`.
  '常务副总指挥',
  '副总指挥',
  '总指挥',
  // A private company's head: `主持人：总裁 X`.
  '执行总裁',
  '总裁',
  // A company's deputies and heads of function, written short: `生产副总 X`, `财务总监X`.
  '副总',
  '副总监',
  '总监',
  // An organ's secretary (`业委会秘书`, `办公室秘书`), after 秘书长 and 董事会秘书.
  '秘书',
  // A company's officers by their English initials: `主持：CTO 罗振宇`.
  'CEO',
  'CTO',
  'CFO',
  'COO',
  'CIO',
  '馆长',
  '站长',
  '行长',
  '台长',
  '总会计师',
  // A company's officer by statute, before the name: `由财务负责人X负责办理`.
  '财务负责人',
  '总经济师',
  '总工程师',
  '总审计师',
  // A bureau's chief of its trade, ranked with its deputies: `总统计师`, `总规划师`, `总督学`.
  '总统计师',
  '总规划师',
  '总农艺师',
  '总畜牧师',
  '总督学',
  '总法律顾问',
  '护士长',
  '经理',
  '组长',
  '厅长',
  '所长',
  // Heads of a town's stations and teams, and of a school's grade and subject groups.
  '副站长',
  '站长',
  '副队长',
  '队长',
  '队员',
  '年级组长',
  '教研组长',
  // A school's heads of its offices by their charge, before a name or alone: `教导主任X`, `总务主任负责…`.
  '教导主任',
  '总务主任',
  '政教主任',
  '德育主任',
  '科长',
  // The head of a county bureau's section (股): `预算股股长 X`.
  '股长',
  '副股长',
  '主任科员',
  '二级主任科员',
  '一级主任科员',
  '调研员',
  // Who oversees the matter, before a name: `请分管领导孙总牵头`.
  '分管领导',
  // A town's leader in charge, with the town's level and no name: `由乡分管领导牵头`.
  '乡分管领导',
  '镇分管领导',
  // A town's leader or cadre charged with one village or one area: `包村领导要对所包村项目全程把关`.
  '包村领导',
  '包片领导',
  '联村领导',
  // A county leader paired with a village or a project to see it through: `由包联县领导牵头制定…`.
  '包联县领导',
  '包联领导',
  // The head of a villagers' group and the town cadre charged with one: `村民小组长配合做好群众动员`.
  '村民小组长',
  '包组干部',
  // A community's building captain, one to each building: `楼栋长协助做好宣传`.
  '楼栋长',
  // Village officers: `村委会文书 何某`, `村会计王某`, `镇包村干部X`.
  // Community police and grid workers, before a name: `社区民警X同志`, `网格员X`.
  '社区民警',
  '民警',
  '辅警',
  '专职网格员',
  '网格员',
  '网格长',
  // A college party committee's officer for party membership, one post: `组织员于3月10日前报…`, `组织员X`.
  '组织员',
  // A school's or kindergarten's doctor: `保健医生每日检查消毒记录`, `校医X`.
  '保健医生',
  '校医',
  // A school's or kindergarten's officers by their charge: `后勤主任负责组织施工`, `保教主任汇报了…`.
  ...schoolCharges,
  // A body's officers for safety, information and publicity (`学院安全员建立…`, `学校信息员X`), as `staffPosts` lists them.
  '安全员',
  '信息员',
  '宣传员',
  // A station's technician who comes to advise (`镇农技站技术员X应邀参会`).
  '技术员',
  '驻村第一书记',
  '第一书记',
  '包村干部',
  '驻村干部',
  '村支书',
  '文书',
  // The secretary of a committee or council, before a name: `学位评定分委员会秘书X`.
  '秘书',
  '会计',
  '出纳',
  '报账员',
  // A village's officers by their charge, before a name or alone: `村治保主任`, `村民政联络员X`.
  '治保主任',
  '调解主任',
  '妇女主任',
  '民兵连长',
  // A village's militia head where it has a battalion: `村民兵营长X`.
  '民兵营长',
  '民政联络员',
  '联络员',
  '计生专干',
  // A community's officer for civil affairs: `由社区民政专干于…前报…`.
  '民政专干',
  // The police officer stationed in a community or a village: `驻社区民警负责…`.
  '驻社区民警',
  '驻村民警',
  // The members of a party committee or branch by their charge: `机关党委组织委员X`.
  '组织委员',
  // A member of a village party branch's committee, before a name: `支委阳文斌汇报了…`.
  '支委',
  '支部委员',
  '宣传委员',
  '纪检委员',
  '统战委员',
  '青年委员',
  '保密委员',
  '委员',
  '常委',
  '教授',
  // A research institute's ranks: `由X研究员牵头`.
  '研究员',
  '副研究员',
  '老师',
  '同志',
  '先生',
  '女士'
]

/** Common Chinese surnames (single and double), for telling a name from other text. */
export const surnames =
  '庹禤仉笪琚韶莘习宦蔚王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭阎洪凤钮赖丘畅竺蒯郗谯缑邴逄綦傅萧贲荀酆羿汲糜隗宓钭蓟庾殳夔訾璩郦郏濮贝鄂厍'

/**
 * Surnames that are also prepositions and joiners (`向`, `和`, `由` …): before a
 * title they are more often the word (`向主任报告`) than a person (`向主任`).
 */
export const ambiguousSurnames = '向和与同及由从在以对把将为'

/**
 * Last characters of a party named by its role or its kind, which read like a name of three
 * (`施工方`, `申请人`, `原单位`, `项目组`, `周边村`, `房管所`, `开发区`, `白班`): a bare name never ends so.
 */
export const partyEndings: readonly string[] = ['方', '人', '位', '组', '村', '所', '区', '班', '商', '户', '者', '部', '处', '站', '队', '室', '科', '厂', '店', '馆', '段', '内', '上', '下', '前', '后', '时', '期', '中']

/**
 * Last characters of a party of two characters that read like a name (`车主`, `原告`, `家长`, `全员`,
 * `全体`, `区级`, `经办`, `班子`, `厂家`, `门卫`, `后勤`, `司机`, `李工`): a bare name of two never ends so here.
 */
export const shortPartyEndings: readonly string[] = ['主', '告', '长', '员', '体', '级', '办', '子', '家', '卫', '勤', '机', '委', '会', '司', '府', '业', '工', '管', '务', '建', '费']

/**
 * Sides of two characters named by `方` whose first may also open a name (`官方`, `南方`, `韩方`): a bare name
 * of two that ends in `方` (`由吕方负责`) is a person's, unless it is one of these.
 */
export const namedSides: readonly string[] = ['官方', '劳方', '资方', '何方', '东方', '南方', '西方', '北方', '中方', '外方', '韩方', '欧方', '美方', '日方', '英方', '法方', '德方', '俄方', '港方', '台方', '双方', '甲方', '院方', '校方', '警方', '军方']

/**
 * Facts of a project stated after a unit's name and the project (`X迁建项目选址于…`, `X扩建项目总投资…`):
 * the unit names whose project it is, no owner of work.
 */
export const projectFacts: readonly string[] = ['选址', '用地', '位于', '总投资', '建设资金', '资金缺口', '建设规模', '占地']

/** Kinds of a project named right after its unit, before its facts: `X迁建项目`, `X二期项目`. */
export const projectKinds: readonly string[] = ['迁建', '扩建', '改扩建', '新建', '改造', '一期', '二期', '三期']

/** Double surnames. */
export const doubleSurnames: readonly string[] = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '令狐', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '钟离', '呼延', '申屠', '万俟', '闻人', '澹台', '公冶', '赫连', '拓跋', '鲜于', '闾丘', '左丘', '司空', '淳于', '百里', '羊舌', '太史', '东郭', '公羊', '梁丘', '谷梁', '仲孙', '叔孙', '漆雕', '巫马', '宰父']

// ---------------------------------------------------------------------------
// Numbering.

/** Chinese digits with their values; `〇`/`○`/`零` are zero. */
export const chineseDigits: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
}

/** Enumeration words after a Chinese ordinal: `一是`, `一要`, `一方面`. */
export const enumerationWords: readonly string[] = ['是', '要', '抓', '方面']

/** Sequence words: `首先…其次…再次…最后`. */
export const sequenceWords: readonly string[] = ['首先', '其次', '再次', '最后']

// ---------------------------------------------------------------------------
// Page noise: lines of web pages and document furniture around the minutes.

/**
 * Labels of metadata cells and lines (`索引号 | … |`, `证券代码:`), among
 * them the index table's line that repeats the page's title (`标　　题:…纪要`,
 * `名称:…`): the title proper stands under the table.
 */
export const metadataLabels: readonly string[] = [
  '索引号',
  '标题',
  '名称',
  '主题分类',
  '组配分类',
  '体裁分类',
  '发布机构',
  '发文机关',
  '发布部门',
  '公开方式',
  '公开范围',
  '公开时限',
  '文号',
  '主题词',
  '文件名称',
  '有效性',
  '证券代码',
  '证券简称'
]

/** Words that open the count of who attended, after a header or attendance line: `应到代表45人,实到43人。`. */
export const attendanceCountOpeners: readonly string[] = ['应到', '应出席', '应参会', '实到', '实出席', '实际出席']

/** Labels of publication dates, which are not the meeting's date. */
export const publicationDateLabels: readonly string[] = [
  '发布日期',
  '发文日期',
  '成文日期',
  '发布时间',
  '印发日期',
  '更新时间',
  '更新日期',
  // The disclosure table of government pages (索引号 / 发布机构 / 生成日期 / 文号).
  '生成日期'
]

/** Labels of bylines, page counters and page footers (`版权所有:…`, `技术支持:…`). */
export const bylineLabels: readonly string[] = [
  '作者',
  '审核',
  '来源',
  '责任编辑',
  '责编',
  '编辑',
  '校对',
  '撰稿',
  '供稿',
  '摄影',
  '发布人',
  '发布者',
  // `2023-03-15 18:22 发布于:湖南`: a platform's byline, where the piece was posted from.
  '发布于',
  '点击',
  '点击数',
  '浏览',
  '浏览次数',
  '阅读次数',
  '访问量',
  '签发',
  '签发人',
  '核稿',
  '拟稿',
  '字体',
  '字号',
  '版权所有',
  '技术支持',
  '网站标识码',
  '备案号',
  '联系电话',
  'ICP备案号',
  '网站备案号',
  '网站维护',
  '分享到',
  '上一篇',
  '下一篇',
  '主办',
  '承办'
]

/** Page chrome that stands alone on its line, without a label: `扫一扫在手机打开当前页`, a newspaper's `上一期 下一期 版面导航`. */
export const pageChromeOpeners: readonly string[] = ['扫一扫', '打印本页', '关闭窗口', '返回顶部', '收藏本页', '上一期', '下一期', '版面导航']

/**
 * How the parts of working minutes end when their headings stand alone on
 * a line without a number: `上周工作回顾`, `本周工作安排`, `领导讲话`, `其他事项`.
 */
export const partHeadingEndings: readonly string[] = [
  '工作回顾',
  '工作安排',
  '工作部署',
  '工作计划',
  '工作打算',
  '工作总结',
  '工作完成情况',
  '领导讲话',
  '领导指示',
  '其他事项',
  '其它事项'
]

/**
 * Words of the gambling adverts a hijacked mirror sets into a page, in lines of their own
 * (`真人视讯 百家乐 注册即送彩金`): a line of two of them, and no sentence, is page noise.
 */
export const gamblingSpamWords: readonly string[] = [
  '百家乐', '博彩', '赌场', '老虎机', '彩金', '下注', '投注', '真人视讯', '电子游艺', '棋牌游戏',
  '首存', '首充', '返水', '注册送', '注册即送', '线上娱乐', '真人娱乐', '娱乐城', '娱乐平台', '时时彩', '六合彩'
]

/**
 * Words of a web page's controls in brackets: `【打印本页】【关闭窗口】`. A line of
 * one bracketed word that is none of these is a heading (`【本周工作安排】`).
 */
export const pageChromeWords: readonly string[] = ['打印本页', '打印此页', '打印', '关闭窗口', '关闭本页', '关闭', '返回顶部', '返回', '收藏', '分享', '纠错', '我要纠错', '保存', '加入收藏', '字体', '大', '中', '小']

/**
 * Headings of a web page's block of links to other pages, below the article:
 * `相关信息`, `相关链接`, `推荐阅读`; a line of one of them alone is page chrome.
 */
export const relatedLinkHeadings: readonly string[] = [
  // A text browser's list of the page's links at the end of its dump (lynx: `References`, `Visible links`).
  'References',
  'Visible links',
  'Hidden links',
  '相关信息',
  '相关链接',
  '相关文章',
  '相关阅读',
  '相关新闻',
  '相关稿件',
  '相关文件',
  '推荐阅读',
  '延伸阅读',
  '热点推荐',
  '热门推荐',
  '猜你喜欢',
  '往期回顾',
  '往期推荐',
  '精彩回顾',
  // A sidebar's lists, above or below the article.
  '最新信息',
  '最新动态',
  '最新发布',
  '最新文章',
  '通知公告',
  '公示公告',
  '政务要闻',
  '要闻动态',
  '今日关注',
  '热点新闻',
  '热门新闻',
  '热点关注',
  '推荐新闻',
  '新闻推荐',
  '相关报道',
  '热门文章',
  '图片新闻',
  '相关推荐',
  '为您推荐',
  '精彩推荐',
  '点击排行',
  '阅读排行',
  '热点排行',
  '排行榜'
]

/** Labels of document-number lines: `公告编号:`, `文号:`. */
export const documentNumberLabels: readonly string[] = ['公告编号', '文号', '编号']

/** Labels of distribution lines at the end: `抄送:`, `分送:`. */
export const distributionLabels: readonly string[] = ['抄送', '抄报', '分送', '报送', '主送', '印发', '发送', '发']

/** Breadcrumb openers: `首页 > …`, `当前位置:`. */
export const breadcrumbOpeners: readonly string[] = ['首页', '当前位置', '您的位置', '你的位置', '您当前的位置', '所在位置', '您现在的位置', '您现在所在的位置', '你现在的位置']

/**
 * Bullets around a label line: `• 会议议题 •`; the bars a post sets before a topic (`▍学科建设`), its
 * arrows before a topic's number (`▶ 议题一：`) and its check marks before each task (`✅ X要…`); and
 * Word's Symbol and Wingdings bullets that a copy saved as text keeps as private-use characters
 * (U+F06C a dot, U+F0B7 a dot, U+F0D8 an arrowhead, U+F0A7 a square, U+F076 a lozenge, U+F0FC a tick).
 */
export const labelBullets = '•·●◆■□▪◇○★☆▍▌▎▶►✅✔\uf06c\uf0b7\uf0d8\uf0a7\uf076\uf0fc'

/** Marks before a news page's photo caption: `▲区长X讲话`, `△会议现场`. */
export const photoCaptionMarks = '▲△'

/** Endings of an issuing office that signs the minutes (`学院办公室`). */
export const issuerSuffixes: readonly string[] = ['办公室', '人民政府', '委员会', '党委', '党组', '政府', '公司', '大学', '学院', '董事会', '办']

/** Endings of the site or paper a news page names after its date: `临川市政府门户网站`, `江陵日报`, `X融媒体中心`. */
export const postingSites: readonly string[] = ['网', '网站', '融媒体中心', '日报', '晚报', '客户端', '发布']

// ---------------------------------------------------------------------------
// Titles and meeting names.

/**
 * Endings of a title line: `…会议纪要`, `…会议决议公告`, `…会议记录` (a village's, a community's),
 * and the record of a meeting named in `会` (`…专班第3次例会记录`, `…局务会记录`).
 */
export const titleEndings: readonly string[] = ['会议纪要', '纪要', '决议公告', '会议决议', '会议记录', '会记录', '会议事记录', '会议决议记录']

/**
 * A company's bodies elected for a term whose meetings are named from the
 * term on (`XX股份有限公司第三届董事会第五次会议` → `第三届董事会第五次会议`), as
 * the board's own papers call them. An association's or foundation's council
 * (`市XX协会第三届理事会第二次会议`) keeps its organisation (blind7-lead r1).
 */
export const termedBodies: readonly string[] = ['董事会', '监事会', '股东']

/** What holds a company's body elected for a term, as its name ends. */
export const termedBodyHolders: readonly string[] = ['公司', '集团', '银行', '合作社']

/** Verbs by which a meeting is convened: `召开`, `举行`. */
export const conveneVerbs: readonly string[] = ['召开', '举行']

/**
 * Words that end the name of a body that convenes a meeting: `县政府召开第8次常务会议`
 * names the meeting `县政府第8次常务会议`. A name that has one already keeps its own.
 */
export const conveningBodies: readonly string[] = ['人民政府', '政府', '政协', '人大常委会', '常委会', '委员会', '安委会', '党委', '党组', '党工委', '管委会', '办事处', '国务院', '联席会议', '领导小组', '专班', '指挥部',
  // A place's party committee by its short name (`县委专题会议纪要` over `召开专题会议`).
  '县委', '市委', '区委', '州委', '旗委', '省委']

/** Endings of a meeting's name: `常务会议`, `校长办公会`, `联席会`. */
export const meetingNameEndings: readonly string[] = ['会议', '会']

/**
 * Endings of a meeting's name that say it is held to move a piece of work on, the work its
 * matter: `全县项目建设推进会`, `秸秆禁烧视频调度会`, `春季植树动员大会`, `乡村振兴现场办公会` (a name that holds
 * `工作` and ends in `会`/`会议` is one too: `全县防汛工作会议`).
 */
export const workMeetingEndings: readonly string[] = ['推进会议', '部署会议', '调度会议', '动员会议', '动员大会', '现场会议', '联席会议', '现场办公会议', '推进会', '部署会', '调度会', '动员会', '现场会', '联席会', '现场办公会']

/**
 * Kinds of a working meeting named in `会` that a title follows with the genre's `会议纪要`
 * (`X推进会会议纪要`): the name is `X推进会`, not `X推进会会议` (a body's own `党委会会议`,
 * `常委会会议` keep theirs).
 */
export const minutedMeetingKinds: readonly string[] = ['推进会', '调度会', '协调会', '督办会', '部署会', '动员会', '现场会', '座谈会']

/**
 * Words of a body's own meeting, which names no matter (`常务会议`, `县长办公会`, `党组会议`,
 * `党政联席会议`), and of a leader's topic meeting (`防汛工作专题协调会`), whose matter its lead
 * names after `研究`. A joint meeting of several bodies on a work is not one body's: its work is
 * its matter (`全区食品安全工作联席会议`).
 */
export const bodyMeetingWords: readonly string[] = ['常务', '办公会', '党组', '党委', '党工委', '专题', '党政联席会', '两委', '主任会', '常委会', '董事会', '班子会']

/** Words that introduce the lead-in to the items, where the lead's matters end. */
export const leadInOpeners: readonly string[] = ['现将', '现纪要如下', '纪要如下', '会议纪要如下', '现就', '现将会议']

// ---------------------------------------------------------------------------
// Chairs and attendance.

/**
 * Words after a leader who convenes a meeting without being said to chair it, where
 * the leader's designation ends: `县长X率…部门负责人到Y镇召开现场办公会`, `X深入…召开座谈会`.
 */
export const convenerFollowers: readonly string[] = ['率领', '带领', '率队', '带队', '率', '深入', '来到', '到', '赴', '在']

/**
 * Verbs by which a leader takes others to hold a meeting on the spot: `县长X带领…现场办公`,
 * `副区长X率…单位负责同志到Y现场办公` (the bare `率` last, after the words it begins).
 */
export const leadingVerbs: readonly string[] = ['率领', '带领', '率队', '带队', '率']

/**
 * What a leader holds on the spot instead of convening a meeting, in a news lead without `召开`
 * (`区长X带队到Y片区开展重点项目现场办公,…`), and the verbs before it where its matter starts
 * (`开展…现场办公`, `到Y现场办公`).
 */
export const onSiteOffice = '现场办公'
export const onSiteVerbs: readonly string[] = ['开展', '进行', '深入', '来到', '到', '赴']
/** Those of them that take the office up (the others say where the leader went): `开展…现场办公`. */
export const onSiteTakingUp: readonly string[] = ['开展', '进行']

/**
 * Words that open a paragraph of one stop of such a visit, before the leader the lead names:
 * `随后,X一行来到…` (a word of sequence; a place after `在` too, `在X项目现场,`), and of the forum
 * held at its end (`座谈会上,X指出…`).
 */
export const siteVisitSequence: readonly string[] = ['随后', '接着', '之后', '其后', '最后', '座谈会上', '会上', '调研中', '调研期间']
/** Words before a place that open such a stop: `在X公司,`, `来到X工地,`, `走进X社区,`. */
export const sitePlaceOpeners: readonly string[] = ['在', '来到', '走进']
/** The leader's party going from site to site: `尹某一行先后来到…`. */
export const siteParty = '一行'

/** Where a body is seated in another (`联席会议办公室设在市教育局,负责…`): the body owns the work after. */
export const seatedIn = '设在'

/** Verbs of chairing: `X主持召开`, `会议由X主持`. */
export const chairVerbs: readonly string[] = ['主持召开', '主持', '召集']

/** Labels of a chair line: `主持人:X`; `召集人:X`, the convener who chairs a joint or coordination meeting. */
export const chairLabels: readonly string[] = ['主持人', '主持', '召集人']

/**
 * Labels of the lines a text may close on, whose value ends no sentence (`初审:X`, `联系人:X`,
 * `散会时间:X`), besides the bylines', the distribution's, the chair's and the task table's: such a
 * last line is no sign of a text cut off.
 */
export const closingLabels: readonly string[] = ['相关推荐', '送', '联系人', '电话', '初审', '复审', '终审', '会议地点', '地点', '散会时间', '签字', '出席董事签字']

/** What a web page ends on after the text (`- END -`, `我要评论`, `阅读 2156 在看 18`). */
export const closingChrome: readonly string[] = ['END -', 'END', '我要评论', '举报/反馈', '查看更多', '转载请注明来源', '分享到朋友圈', '在看', '关闭窗口】', '第2页/共2页']

/**
 * Words of a page's controls and a post's footer, which a last line may be made of alone
 * (`1 2 下一页 尾页`, `【分享到】微信 微博 QQ空间`, `阅读 864`, `内部资料 注意保存`): the text ends whole.
 */
export const closingChromeTokens: readonly string[] = [...pageChromeWords, ...pageChromeOpeners, '阅读', '阅读原文', '在看', '点赞', '分享至', '分享到', '微信', '微博', '朋友圈', 'QQ空间', 'QQ', '上一页', '下一页', '尾页', '首页', '上一篇', '下一篇', '内部资料', '注意保存', 'END']

/** Honorifics after a name, dropped from it: `赵立同志`. */
export const honorifics: readonly string[] = ['同志', '先生', '女士']

/**
 * Bodies that prefix a title to make one title (`区委常委`, `党委副书记`),
 * rather than a unit of the person.
 */
export const titlePrefixes: readonly string[] = ['省委', '市委', '区委', '县委', '镇委', '党委', '党组']

/**
 * Words that open with a surname and read as a name of two, but are words:
 * `总书记关于…` (a title and `关于`), `方案`, `任务`, `全面`, `区住建局张贴…` (a verb),
 * `副会长单位` (a member body, no person), `社区公益金` (a fund), `相关镇` (an audience), `县委全会` (a plenary).
 * A name of three does not open with one either.
 */
export const namelikeWords: readonly string[] = ['关于', '于是', '万元', '高度', '全面', '方面', '方案', '常务', '包括', '时间', '任务', '任期', '向前', '应当', '应急', '经过', '通过', '张贴', '强调', '明确', '单位', '公益', '相关', '全会']

/**
 * Words that end a group written instead of names (`校领导`, `各委室负责人`):
 * such an entry is not a person's name.
 */
export const groupWords: readonly string[] = ['领导', '负责人', '负责同志', '人员', '成员', '代表', '记者', '委员', '干部', '班子', '同志']

/** Labels of attendance blocks, with their role. Matched with any spaces between the characters. */
export const attendanceLabels: ReadonlyArray<readonly [label: string, role: 'attendees' | 'observers' | 'absentees' | 'recorder']> = [
  ['参加此次会议的有', 'attendees'],
  ['参加本次会议的有', 'attendees'],
  ['参加会议的有', 'attendees'],
  ['出席会议的有', 'attendees'],
  ['参加会议人员', 'attendees'],
  ['出席会议人员', 'attendees'],
  ['参加会议', 'attendees'],
  ['出席会议', 'attendees'],
  // A record's closing line of those who sign it: `参会人员签字:X Y Z`.
  ['参会人员签字', 'attendees'],
  ['与会人员签字', 'attendees'],
  ['参会人员签名', 'attendees'],
  ['参会人员', 'attendees'],
  ['出席领导', 'attendees'],
  ['参会领导', 'attendees'],
  ['参会单位', 'attendees'],
  ['参会人', 'attendees'],
  ['参加人', 'attendees'],
  ['出席人员', 'attendees'],
  ['参加人员', 'attendees'],
  ['与会人员', 'attendees'],
  // Bodies listed as attendees (`参会科室:`, `参加单位:`), and those present (`实到人员:`).
  ['参会科室', 'attendees'],
  ['参会部门', 'attendees'],
  ['参加单位', 'attendees'],
  ['出席对象', 'attendees'],
  ['参加对象', 'attendees'],
  ['参会对象', 'attendees'],
  ['实到人员', 'attendees'],
  // A board's or a committee's members present (`出席董事:`, `出席委员:`).
  ['出席董事', 'attendees'],
  ['参会董事', 'attendees'],
  ['出席监事', 'attendees'],
  ['出席委员', 'attendees'],
  ['参会委员', 'attendees'],
  ['参会', 'attendees'],
  ['出席', 'attendees'],
  ['参加', 'attendees'],
  ['列席会议的有', 'observers'],
  ['列席会议人员', 'observers'],
  ['列席人员', 'observers'],
  ['列席单位', 'observers'],
  ['列席领导', 'observers'],
  ['列席科室', 'observers'],
  ['列席部门', 'observers'],
  ['列席对象', 'observers'],
  ['列席监事', 'observers'],
  ['列席会议', 'observers'],
  ['列席', 'observers'],
  ['请假人员', 'absentees'],
  ['缺席人员', 'absentees'],
  ['请假', 'absentees'],
  ['缺席', 'absentees'],
  ['纪要整理', 'recorder'],
  ['整理人', 'recorder'],
  ['记录人', 'recorder'],
  ['记录员', 'recorder'],
  ['记录人员', 'recorder'],
  ['记录', 'recorder']
]

/** Words that open a head count in a list of attendance: `应到5人`, `实到会10人`, `共9人`. */
export const headCountOpeners: readonly string[] = ['应到会', '实到会', '应出席', '实出席', '实际出席', '应参会', '实参会', '应到', '实到', '合计', '共', '计']

/**
 * Verbs of attendance in running text, after the names:
 * `X、Y出席会议`, `X列席`, `X因公缺席`.
 */
export const attendanceVerbs: ReadonlyArray<readonly [verb: string, role: 'attendees' | 'observers' | 'absentees']> = [
  // `董事长X因工作原因未能出席`: absent, not present.
  ['未能出席', 'absentees'],
  ['未出席', 'absentees'],
  ['出席', 'attendees'],
  ['参加', 'attendees'],
  ['列席', 'observers'],
  ['缺席', 'absentees'],
  ['请假', 'absentees']
]

/** Reasons of absence written before the verb: `因公缺席`, `因事请假`. */
export const absenceReasons: readonly string[] = ['因工作原因', '因公出差', '因公务', '因公', '因事', '因病', '因故', '出差', '公出']

/**
 * How a person attends, written before the verb like a reason of absence:
 * `独立董事X以通讯方式出席`, `副县长X应邀列席会议`. Longer first.
 */
export const attendanceManners: readonly string[] = ['以通讯表决方式', '以视频会议方式', '以通讯方式', '以视频方式', '以书面方式', '应邀']

// ---------------------------------------------------------------------------
// Dates, times of day and deadlines.

/** Times of day after a date: `上午`, `下午`. Longer first. */
export const timeOfDayWords: readonly string[] = ['上午', '下午', '中午', '晚上', '傍晚', '早上', '凌晨', '晚']

/** Parts of a month in deadlines, with the day they end on (0: the last day). */
export const monthParts: ReadonlyArray<readonly [word: string, endDay: number]> = [
  ['中下旬', 0],
  ['上中旬', 20],
  ['底', 0],
  ['末', 0],
  ['下旬', 0],
  ['中旬', 20],
  ['上旬', 10],
  ['初', 10]
]

/** Words after a date that make it a deadline: `7月17日前`. */
export const deadlineEnds: readonly string[] = ['之前', '以前', '前']

/**
 * Words that name the next sitting of a meeting, whose day the text does not
 * give: `下次调度会前`, `在下一次党委会议前`, as the minutes of a meeting that
 * sits again bound a task by it. Longer first.
 */
export const nextMeetingWords: readonly string[] = ['下一次', '下一轮', '下一期', '下次', '下轮', '下期']

/**
 * Verbs of doing whose object a time right after them names (`做好寒假前学生离校安全教育`,
 * `开展节前安全检查`, `完成开工前安全条件核查`): a deadline written later in the task is the task's.
 */
// (`加强寒假前学生安全教育,1月10日前完成…`, `强化节前市场巡查`.)
export const workNamingVerbs: readonly string[] = ['做好', '抓好', '开展', '组织', '部署', '安排', '加强', '强化', '完成']

/**
 * Holidays that bound a task (`国庆节前`), with their day; null for those of
 * the lunar calendar, whose day a table gives (`extract/lunar.ts`).
 */
export const holidays: ReadonlyArray<readonly [word: string, month: number | null, day: number | null]> = [
  ['元旦', 1, 1],
  ['五一', 5, 1],
  ['劳动节', 5, 1],
  ['国庆节', 10, 1],
  ['国庆', 10, 1],
  ['春节', null, null],
  ['中秋节', null, null],
  ['中秋', null, null]
]

/** Labels of a deadline beside owner labels: `（责任单位：X；完成时限：6月底）`. */
export const deadlineLabels: readonly string[] = [
  '完成时限',
  '完成时间',
  '完成日期',
  '办结日期',
  '完成期限',
  '办结时限',
  '办结时间',
  '办理时限',
  '办理时间',
  '报送时间',
  '报送时限',
  '截止时间',
  '截止日期',
  '时间节点',
  '完成节点',
  // A rectification's own term, in a hazard list's column or as a label (`整改时限:11月15日前`).
  '整改时限',
  '整改期限',
  '时限要求',
  '时间要求',
  '落实时间',
  '落实时限',
  '时限',
  '期限',
  // A task list's bare label, as an online document's template writes it: `（截止：5月10日）`.
  '截止'
]

/**
 * Names of the list of what a meeting agreed, written as a line over it
 * (`会议议定事项清单`, `会议议定事项督办表`): a title, not a decision.
 */
export const taskListNouns: readonly string[] = ['清单', '一览表', '督办表', '督办单', '分工表', '台账', '表']

/**
 * Nouns of what a lead-in hands out, which make `会议明确了…X:` announce the
 * list after it rather than decide (`明确了下一阶段各成员单位工作任务:`,
 * `明确了责任分工:`, `明确了具体要求:`).
 */
export const announcedTasks: readonly string[] = ['任务', '分工', '职责', '事项', '工作', '重点', '要求', '措施']

/**
 * How the title of a table of tasks ends, on a line of its own over the table
 * (`会议议定事项清单`, `下半年重点任务分解表`, `责任分工表`).
 */
export const taskListTitles: readonly string[] = ['事项清单', '任务清单', '督办清单', '一览表', '督办表', '分工表', '分解表', '任务表', '台账']

/**
 * Column labels of how earlier tasks stand (`| 议定事项 | 责任单位 | 落实情况 |`): a table with
 * one and no deadline column reports on tasks handed out before, and hands out none.
 */
export const taskStatusColumnLabels: readonly string[] = ['落实情况', '完成情况', '办理情况', '办结情况', '进展情况', '推进情况', '进度情况']

/**
 * Words of four characters numbered as a list that makes the items after the
 * preamble and the points under one: `督办事项1:`, `交办事项一:`, a joint
 * meeting's `议定事项一:`, `决定事项二:`.
 */
export const numberedMatterWords: readonly string[] = ['督办事项', '交办事项', '议定事项', '决定事项']

/** Words numbered with a colon over the tasks a meeting set (`会议确定以下工作任务:` / `任务一:…`): points. */
export const numberedTaskWords: readonly string[] = ['任务', '工作任务']

/**
 * Words of a heading over a round of reports, where each line that opens with
 * an office (`党政办:…`, `【经发局】…`) is that office's report: `各部门工作汇报`,
 * `上周工作完成情况` (not `本周工作安排`, which may hand out tasks).
 */
export const reportHeadingWords: readonly string[] = ['汇报', '通报', '完成情况', '进展情况', '推进情况', '工作情况', '工作进展']

/**
 * Words of a heading over the work to come, unit by unit (`二、本周工作安排` over `征收组:…`,
 * `下周工作计划`): each unit before its colon owns the line's work.
 */
export const planHeadingWords: readonly string[] = ['工作安排', '工作计划', '下步工作', '下一步工作']

/** Pictographs of a calendar or a clock before a header field's date (`📅 2026年5月27日 15:00 ｜ …`): the meeting's time. */
export const calendarIcons: readonly string[] = ['📅', '📆', '🗓', '⏰', '🕘']

/**
 * Labels alone on a line over the work to follow up, one unit and its task a line after them
 * (`待办:` / `- [ ] 财务科:测算…`), as a note app's or a shared document's export writes them.
 */
export const todoLabels: readonly string[] = ['待办', '待办事项', '会后待办', '行动项', '跟进事项', '待跟进事项']

/**
 * What a unit submits to the meeting, after `的`: `研究X关于…的请示` names X as
 * the one who presents the matter (not `…的意见`, `…的通知` from above).
 */
export const submissionEndings: readonly string[] = ['请示', '报告', '汇报', '申请', '议案', '提案']

/**
 * Labels of a first column that names who reports, in a table of a round of
 * reports (`| 处室 | 上周工作完成情况 | 本周工作计划 |`): each row is that office's report.
 */
export const reportingColumnLabels: readonly string[] = ['处室', '部门', '科室', '股室', '单位', '部门名称', '单位名称', '科室名称', '汇报单位', '汇报部门', '汇报科室', '汇报处室']

/**
 * Column labels of an agenda table, one row per matter: the matter, who
 * presented it, what the meeting concluded (`| 序号 | 议题 | 汇报单位 | 会议意见 |`,
 * the form 院长办公会, 校务会 and 常务会议 minutes take on web pages; a village's
 * 四议两公开 record names who proposed a matter and how it was voted: `提议人 | 表决情况`;
 * a board's, the motion, who submitted it and the vote: `议案名称 | 提交部门 | 表决结果`).
 * A header with a topic column and one of the others makes such a table.
 */
export const agendaColumnLabels: {
  readonly topic: readonly string[]
  readonly reporter: readonly string[]
  readonly opinion: readonly string[]
} = {
  topic: ['议题', '会议议题', '议题名称', '议题内容', '研究议题', '审议议题', '议程', '议题事项', '审议事项', '研究事项', '讨论事项', '议题及内容', '表决事项', '商议事项', '决策事项', '议案', '议案名称', '审议议案'],
  reporter: ['汇报单位', '汇报部门', '汇报科室', '汇报处室', '汇报股室', '汇报人', '汇报', '提交单位', '提请单位', '提出单位', '提报单位', '报告单位', '提议单位', '汇报单位(人)', '汇报单位/汇报人', '主汇报单位', '汇报单位及汇报人', '提议人', '提出人', '提交人', '提请人', '报告人', '提交部门', '提案部门', '提案单位'],
  opinion: ['意见', '会议意见', '会议决定', '会议结论', '会议研究结果', '研究结果', '会议研究决定', '研究决定', '会议议定', '会议议定事项', '会议决定事项', '审议意见', '审议结果', '审议情况', '研究意见', '议定意见', '议定事项', '决定事项', '决定意见', '处理意见', '表决结果', '表决情况', '决议', '会议决议', '决议情况', '决议结果', '商议意见', '商议结果', '讨论意见', '讨论结果', '结论', '决定', '决策意见']
}

/**
 * Column labels of a table of tasks (督办表), beside owner and deadline
 * labels: `| 序号 | 议定事项 | 责任单位 | 完成时限 |`.
 */
export const taskColumnLabels: readonly string[] = [
  '会议议定事项',
  '会议决定事项',
  '议定事项',
  '决定事项',
  '督办事项',
  '交办事项',
  // What a ledger asks of the owner, under its own label: `督办要求:补齐短板…` / `责任单位:X`.
  '督办要求',
  // What a coordination meeting settles for the firms or projects before it: `序号 | 协调事项 | 牵头单位 | 完成时限`.
  '协调事项',
  '工作要求',
  '工作事项',
  '具体事项',
  '事项名称',
  '任务名称',
  // A rectification list's (整改清单) own columns: `序号 | 整改事项 | 责任单位 | 完成时限`.
  '整改事项',
  '整改任务',
  '整改内容',
  '整改措施',
  // What a dispatch meeting's table settles for each project: `项目名称 | 存在问题 | 解决措施 | 责任单位`.
  '解决措施',
  '推进措施',
  '落实措施',
  // A hazard list's (隐患督办清单) column of what is to be put right: `序号  隐患内容  责任单位  整改时限`.
  '隐患内容',
  '隐患名称',
  '隐患问题',
  '项目名称',
  '事项',
  '任务事项',
  '工作任务',
  '重点任务',
  '重点工作',
  '主要任务',
  '交办任务',
  '督办任务',
  // Tasks handed out again where they lag, as a 督查 meeting does: `序号 / 再交办任务 / 牵头单位`.
  '再交办任务',
  '再交办事项',
  '具体任务',
  '任务内容',
  '任务',
  '工作内容',
  '具体内容',
  '内容',
  '工作措施',
  '具体措施',
  '主要措施'
]

/**
 * Columns of `taskColumnLabels` that only name what a row is about: a later column of what is to
 * be done is the task (`| 项目名称 | 存在问题 | 解决措施 | 责任单位 |` → `解决措施`).
 */
export const namingColumnLabels: readonly string[] = ['项目名称']

/**
 * What a point that disposes of a case opens with, a sanction or a reward (`对X扣减绩效10%`,
 * `给予X通报批评`, `取消X评选资格`): beside a point the meeting agrees in, it is decided too.
 */
export const disposalOpeners: readonly string[] = ['对', '给予', '予以', '取消', '暂停', '撤销', '扣减', '扣发', '核减', '追缴', '收回', '免去']

/** Verbs after `于 <date>` that make it a deadline: `于7月17日完成`. */
export const deadlineVerbs: readonly string[] = ['完成', '办结', '上报', '报送', '提交', '报', '落实到位', '到位']

/** Words before a date that make it a start, not a deadline: `从3月4日起`. */
export const startWords: readonly string[] = ['从', '自']

/**
 * Terms that run to a date (`用工期限至6月30日`, `聘期至2028年8月`, `租期至明年底`): the date ends
 * the term agreed to, not the time to do a task in. Longer first.
 */
export const termNouns: readonly string[] = ['用工期限', '聘用期限', '租赁期限', '服务期限', '合同期限', '合同期', '服务期', '试用期', '有效期', '聘期', '任期', '租期']

/**
 * Verbs that open a clause working with units, whose object they are
 * (`…负责,协调沿线街道加快推进`, `督促各施工单位落实…`): such a clause goes on
 * with the task before it and names no owner of its own.
 */
export const governingVerbs: readonly string[] = ['协调', '督促', '指导', '组织', '动员', '帮助', '联系', '对接', '衔接', '带领', '引导']

/** Verbs by which an asked owner has another body do the work: `请市卫健委指导医院…`, `请X督促各校…`. */
export const guidingOwnerVerbs: readonly string[] = ['指导', '督促']

/** What follows a guiding verb inside a unit's own name (`就业指导中心`, `指导站`): no body guided. */
export const guidedNotUnits: readonly string[] = ['中心', '站', '处', '组', '科', '室', '所', '办', '委员会', '办公室']

/**
 * How a part after `;` with no subject of its own opens when it goes on with the task of the owner
 * before it (`X要A;同时要B`).
 */
export const carryingOnOpeners: readonly string[] = ['要', '同时要', '并要', '还要', '也要']

/** Vague deadlines: `尽快`, `抓紧`, `近期` (`近期印发实施`). */
export const vagueDeadlines: readonly string[] = [
  '尽快', '尽早', '抓紧', '限期', '限时', '从速', '第一时间', '近期',
  // `在近期召开座谈会`, `要于近期组织…`: the soon said with the word that leads a time.
  '在近期', '于近期'
]

/** Modals that may stand before a vague deadline at the start of its clause: `要尽快`, `务必抓紧`. */
export const vagueDeadlineModals: readonly string[] = ['要', '应', '须', '需', '必须', '务必', '要求', '请']

/** Words before the units a task is done with, which may stand before a vague deadline: `要会同X尽快…`. */
export const vagueDeadlinePartners: readonly string[] = ['会同', '联合', '协同', '配合']

/**
 * Words of promptness that, as `vagueDeadlines` do, give a task a vague
 * deadline where they lead its clause (`立即组织排查`, `立行立改`). Not
 * `及时` (timely), which says how a task is done, not by when: `及时发布
 * 预警信息`, `发现问题及时处置`. `即日起` (from this day on: `即日起执行`) where it
 * leads a clause; with an end after it (`即日起至9月30日`, `即日起30日内`) that end is the deadline.
 * `即时办理` (done at once), as a label's value: `办理时限:即时办理`.
 */
export const promptDeadlines: readonly string[] = ['立行立改', '立即', '马上', '即日起', '即时办理', '即时']

/**
 * Words that say a task has no end: `完成时限:长期坚持`, `…,长期坚持。`. The
 * value of a deadline label may be any of them; in running text only
 * `长期坚持` and `常态化推进` standing as a clause of their own, since
 * `持续推进城市更新` or `常态化开展检查` describe the task, not its term.
 */
export const ongoingDeadlines: readonly string[] = [
  '长期坚持', '长期执行', '长期推进', '常态化推进', '常态化开展', '持续推进', '持续开展', '常态化', '长期', '持续',
  // The seasons a winter's work runs through (`时间节点:今冬明春`), as a ledger marks them.
  '今冬明春'
]

/** Of `ongoingDeadlines`, those that may stand as a clause of running text. */
export const ongoingClauses: readonly string[] = ['长期坚持', '常态化推进']

/**
 * Ends of a start a clause of `ongoingClauses` may open with (`开学后长期坚持`, `即日起长期坚持`):
 * the task runs on from then, with no term.
 */
export const ongoingStarts: readonly string[] = ['后', '起']

/**
 * Subjects that name the task itself before a clause of `ongoingClauses` (`…,此项工作长期坚持。`,
 * `上述工作要长期坚持`), perhaps with a modal: the task has no term.
 */
export const ongoingSubjects: readonly string[] = ['此项工作', '该项工作', '这项工作', '上述工作', '以上工作', '此项', '该项']

/**
 * 清明, a solar term (4 or 5 April), whose day a rule gives; the festivals of
 * the Chinese calendar (`春节`, `端午节`, `中秋节`, `元宵节`) take theirs from a
 * table (`extract/lunar.ts`).
 */
export const qingmingWords: readonly string[] = ['清明节', '清明']

/**
 * More days that bound a task with `前` (`端午节前`, `两节前`, `汛期前`),
 * beside `holidays`, with their day; null for those of the lunar calendar
 * and of a solar term (`清明`), whose day a table or a rule gives, and for a
 * season that each place sets (`汛期`, `开学`), whose day jiyao does not
 * compute. `两节`, `双节`: New Year's Day and the Spring Festival, as winter
 * minutes say, or the Mid-Autumn Festival and National Day: no one day.
 */
export const moreHolidays: ReadonlyArray<readonly [word: string, month: number | null, day: number | null]> = [
  // Labour Day said whole, `五一劳动节前`, before its parts are read.
  ['五一劳动节', 5, 1],
  ['五一节', 5, 1],
  // The shopping festival of 11 November (`“双十一”前`, `双11前`), before `十一` alone is read as National Day.
  ['双十一', 11, 11],
  ['双11', 11, 11],
  // National Day as said (`十一前`, `十一长假前`), as `五一` is.
  ['十一', 10, 1],
  // Teachers' Day, a bound of school work (`教师节前`); the Party's founding day (`“七一”前`).
  ['教师节', 9, 10],
  ['七一', 7, 1],
  // Women's Day, a bound of the work a women's federation or a street does for it (`三八节前完成选址`).
  ['三八节', 3, 8],
  // Said short in quotes before 节 (`“三八”节前`), as `“七一”前` is.
  ['三八', 3, 8],
  // The full names of the international days, after their short one quoted (`“三八”国际妇女节前`).
  ['国际妇女节', 3, 8],
  ['国际劳动节', 5, 1],
  ['国际儿童节', 6, 1],
  ['妇女节', 3, 8],
  // Arbor Day, a bound of planting work (`植树节前完成苗木调运`); Children's Day, of school and welfare work.
  ['植树节', 3, 12],
  ['儿童节', 6, 1],
  ['六一', 6, 1],
  ['清明节', null, null],
  ['清明', null, null],
  ['端午节', null, null],
  ['端午', null, null],
  ['元宵节', null, null],
  ['元宵', null, null],
  // The lunar New Year said so, the Spring Festival (`农历年前完成`), before `年前` alone is read.
  ['农历年', null, null],
  ['农历新年', null, null],
  // A village's or a body's election, whose day each place sets (`换届前完成风险排查`, `选举日前公开`).
  ['换届', null, null],
  ['选举日', null, null],
  // The Little New Year of the lunar calendar, the 23rd or 24th of its last month by region (`小年前完成`).
  ['小年', null, null],
  // The Lantern Festival said by its lunar day (`即日起至正月十五`), the day or the eve as read: no date.
  ['正月十五', null, null],
  // New Year's Eve of the Chinese calendar, the day before 春节 (`除夕前发放到户`).
  ['除夕', null, null],
  ['大年三十', null, null],
  // The Little New Year, 腊月二十三 in the north and 二十四 in the south: no one day (`小年前启动巡查`).
  ['小年', null, null],
  // The Spring Festival by its calendar's name (`农历新年前`, `农历春节前`), its day from `lunar.ts`.
  ['农历新年', null, null],
  ['农历春节', null, null],
  // New years and festivals of the calendars of minority peoples, which prefectures and counties
  // of their areas set terms by (`藏历新年后一个月内`, `彝族年前`): no table of their days here.
  ['藏历新年', null, null],
  ['藏历年', null, null],
  ['彝族年', null, null],
  ['火把节', null, null],
  // The third of the third lunar month, a festival of the Zhuang and other peoples (`“三月三”前`).
  ['三月三', null, null],
  ['那达慕', null, null],
  ['两节', null, null],
  ['双节', null, null],
  // The sessions of the people's congress and the political consultative conference, set each year.
  ['两会', null, null],
  ['主汛期', null, null],
  ['汛期', null, null],
  // `汛前全部完成`: before the flood season, as `汛期前` (not `防汛前期`, an early stage).
  ['汛', null, null],
  ['入汛', null, null],
  ['入冬', null, null],
  // The ground freezing, a bound of road and earth works in the north: `封冻前完成路面修补`, `上冻前`.
  ['封冻', null, null],
  ['上冻', null, null],
  // The seasons, whose start each reader counts differently: `今年秋季前完成疫木清理`, `冬季前`.
  ['春季', null, null],
  ['夏季', null, null],
  ['秋季', null, null],
  ['冬季', null, null],
  // The heating season, which each city sets: `明年供暖季前`, `供暖前`.
  ['供暖季', null, null],
  ['采暖季', null, null],
  ['供暖期', null, null],
  ['采暖期', null, null],
  ['供暖', null, null],
  ['采暖', null, null],
  ['降雪', null, null],
  ['雨季', null, null],
  ['开学', null, null],
  ['秋季开学', null, null],
  ['春季开学', null, null],
  ['新学期开学', null, null],
  // School opening after a holiday: `寒假开学前`, `暑假开学前`.
  ['寒假开学', null, null],
  ['暑假开学', null, null],
  // A school's or a unit's break for a holiday: `放假前召开…`.
  ['放假', null, null],
  // Seasons of farm and school work: `春耕前`, `秋收前`, `寒假前`.
  ['春耕', null, null],
  ['秋收', null, null],
  ['夏收', null, null],
  ['秋播', null, null],
  // Irrigation and sowing seasons: `春灌前`, `夏种前`, `麦收前`.
  ['春灌', null, null],
  ['冬灌', null, null],
  ['春播', null, null],
  ['夏种', null, null],
  ['麦收', null, null],
  ['三夏', null, null],
  // The autumn harvest, ploughing and sowing together, as `三夏` the summer's: `三秋前落实收割机械`.
  ['三秋', null, null],
  // The busy farming season, which each village counts by its crops: `农忙前完成选址`.
  ['农忙', null, null],
  // Solar terms that time farm work (`霜降前完成农机检验`, `立冬前`); their day moves by one
  // from year to year, so none is given here (清明, whose day a rule gives, is above).
  ['立春', null, null],
  ['惊蛰', null, null],
  ['春分', null, null],
  ['谷雨', null, null],
  ['立夏', null, null],
  ['芒种', null, null],
  ['夏至', null, null],
  ['立秋', null, null],
  ['白露', null, null],
  ['秋分', null, null],
  ['寒露', null, null],
  ['霜降', null, null],
  ['立冬', null, null],
  ['小雪', null, null],
  ['冬至', null, null],
  ['小寒', null, null],
  ['大寒', null, null],
  ['寒假', null, null],
  ['暑假', null, null],
  ['放假', null, null],
  // New students arriving: `9月新生入学前完成安装`, `新生报到前` (longer first).
  ['新生入学', null, null],
  ['新生报到', null, null],
  ['入学', null, null],
  // Students leaving at a term's end: `学生离校前`, `毕业生离校前` (longer first).
  ['毕业生离校', null, null],
  ['学生离校', null, null],
  ['离校', null, null],
  // A school's examinations: `期中考试前`, `中考前`.
  ['期中考试', null, null],
  ['期末考试', null, null],
  // The term's end and middle as schools write them short: `期末前完成档案整理`, `期中前`.
  ['期末', null, null],
  ['期中', null, null],
  ['中考', null, null],
  ['高考', null, null],
  // A senior year's mock examinations (longer first): `一模考试后一周内完成质量分析`, `二模前`.
  ['一模考试', null, null],
  ['二模考试', null, null],
  ['三模考试', null, null],
  ['模拟考试', null, null],
  ['一模', null, null],
  ['二模', null, null],
  ['三模', null, null],
  // An examination the text does not name, as schools write it: `考前一周召开动员会`, `考试前`.
  ['考试', null, null],
  ['考', null, null],
  // Weather a task must be ready for, and inspections: `台风来临前`, `迎检前`.
  ['台风', null, null],
  ['寒潮', null, null],
  ['迎检', null, null],
  // An accreditation's visit, a hospital's or a school's: `迎评前完成…`; a review again, or the visit itself:
  // `复审前一周`, `评审前`; a project's acceptance check: `竣工验收前`, `验收前完成资料归档`.
  ['迎评', null, null],
  // An inspection the minutes speak of, on a day it does not give: `督导检查前`, `检查前一周完成档案自查`.
  ['检查', null, null],
  ['复审', null, null],
  ['评审', null, null],
  ['竣工验收', null, null],
  ['验收', null, null],
  // A project's own milestones, which its schedule sets: `开工前完成环评批复`, `进场前`, `开园前完成教师招聘`,
  // `通车前`, `投用前` (a dispatch meeting's usual bounds).
  ['开工', null, null],
  // A tender's bids opened, which its notice sets: `开标前完成标书审核`, `8月20日开标前`.
  ['开标', null, null],
  ['进场', null, null],
  ['施工', null, null],
  ['开园', null, null],
  ['开业', null, null],
  ['开馆', null, null],
  ['通车', null, null],
  ['投用', null, null],
  ['投入使用', null, null],
  // Homes handed to their owners, the end a resettlement project works to: `交房前一周拿出交房方案`;
  // a site or a facility put to use: `新弃土场启用前做好排水沟`.
  ['交房', null, null],
  ['启用', null, null],
  // A project's contract signed, a dispatch meeting's bound too: `合同签订前完成控制价审核`, `签约后一周内进场`.
  ['合同签订', null, null],
  ['签约', null, null],
  // Experts arriving for an assessment, as a school's or a hospital's calendar sets it: `专家进校前一周`.
  ['专家进校', null, null],
  ['进校', null, null],
  ['专家进院', null, null],
  // The Spring Festival travel season, which each year sets: `春运前`; a system's or plant's trial run: `试运行前`.
  ['春运', null, null],
  ['试运行', null, null],
  // The return to work after a holiday, a common bound in winter minutes: `节后复工前`, `复工复产前`.
  ['节后复工', null, null],
  ['复工复产', null, null],
  ['复工', null, null],
  // A school's events, which its own calendar sets: `运动会前一周完成场地检修`, `艺术节前`, `毕业典礼前`.
  ['运动会', null, null],
  ['艺术节', null, null],
  ['毕业典礼', null, null],
  ['开学典礼', null, null],
  // A games' or a festival's opening ceremony: `开幕式前一个月完成场馆验收`.
  ['开幕式', null, null],
  // The opening of a fair or an exhibition the meeting prepares (`博览会开幕前完成布展`).
  ['开幕', null, null],
  // A race or a contest the meeting prepares (`赛前一周完成培训`, `开赛前`, `比赛前`).
  ['赛', null, null],
  // A fire season, which each place sets: `防火期开始前完成物资储备`, `进入防火期前`.
  ['防火期', null, null],
  // A market's or a venue's opening, which its owner sets: `新市场开业前开通公交线路`.
  ['开业', null, null],
  // The peak of a season's demand, which the weather sets: `用电高峰到来前完成线路增容`, `用水高峰前`.
  ['用电高峰', null, null],
  ['用水高峰', null, null],
  ['旅游高峰', null, null],
  // The power grid's peak seasons, as its plans name them: `迎峰度夏前组织停电应急演练`.
  ['迎峰度夏', null, null],
  ['迎峰度冬', null, null],
  // A project's own milestones, which its schedule sets: `改造开工前完成安置点搭建`, `项目动工前`, `交付前完成验收备案`
  // (the work that starts is part of the event's name: `改造开工前`; a bare `开工前` is left unread, as
  // blind15-h34 r5-a settles for `在开工前公布临时经营场所`).
  ['项目开工', null, null],
  ['工程开工', null, null],
  ['改造开工', null, null],
  ['动工', null, null],
  ['交付', null, null],
  ['投用', null, null],
  // A contract signed or renewed, on a day its parties set: `续签前组织一次满意度调查`, `签约前完成尽职调查`.
  ['续签', null, null],
  ['签约', null, null],
  // (`合同签订前完成条款审查`, `协议签订前`: the signing of the contract the task prepares.)
  ['合同签订', null, null],
  ['协议签订', null, null],
  // Recruits joining up, which the conscription's calendar sets: `确保新兵入伍前兑现到位`.
  ['新兵入伍', null, null],
  ['入伍', null, null],
  // Meetings a task must be ready for, on a day the text does not give: `董事会召开前`, `党代会前`,
  // a congress's sitting (`常委会会议召开前`, `人代会前`), a party committee's (`党委会前`).
  ['股东大会', null, null],
  ['董事会', null, null],
  ['党代会', null, null],
  ['职代会', null, null],
  ['常委会会议', null, null],
  ['常委会', null, null],
  ['人代会', null, null],
  ['党委会', null, null]
]

/**
 * A festival a text means without naming it: `年前` (before the new year as
 * people keep it, the Spring Festival: `于年前拨付到位`), `节前` and `节后` (the
 * holiday the text speaks of: `节后一个月内`). No day: which new year, and the
 * lunar calendar, leave it open.
 */
export const unnamedFestivals: readonly string[] = ['年', '节']

/**
 * Characters before `年` or `节` that make them part of another word, not a
 * festival: a count or a said year (`三年前`, `今年前三季度`, `2024年前`), and
 * words ending in 节 (`环节前`, `季节`, `细节`).
 */
export const notFestivalBefore = '0123456789〇一二两三四五六七八九十百千个半多几数余今去明本当同上早近每全学周度跨拜环章细季关调音时情礼气名小脱'

/**
 * Words before a stretch of time that make it a target of a process, not a
 * deadline of the task: `审批时限压缩至10个工作日以内`, `办结时间控制在3日内`.
 */
export const targetLeads: readonly string[] = ['压缩至', '压缩到', '压减至', '压减到', '缩短至', '缩短到', '缩减至', '减少至', '减至', '降至', '控制在', '不超过', '不得超过']

/**
 * Verbs of answering a case after a stretch of time that make it, after `做到`,
 * a standard of service, not the task's deadline: `做到投诉24小时内响应`,
 * `做到诉求3日内答复`, `做到雪停后24小时内完成`.
 */
export const serviceStandardVerbs: readonly string[] = ['响应', '回应', '答复', '回复', '反馈', '到场', '处置', '办结', '受理', '完成']

/** Cases that come in one by one, each answered within a standard stretch: `投诉24小时内响应`, `工单3个工作日内办结`. */
export const serviceCases: readonly string[] = ['投诉', '举报', '诉求', '来电', '来信', '工单', '咨询', '报修']

/** Times after a date before `前`, beside `timeOfDayWords`: `6月30日下班前`. */
export const deadlineTimesOfDay: readonly string[] = ['下班']

/**
 * Periods of a recurring deadline after `每` (`每月10日前`, `每季度末前`,
 * `每半年报送`) or `按` (`按月报送`). Longer first.
 */
export const recurringPeriods: readonly string[] = ['季度', '年度', '半年', '半月', '星期', '两周', '双周', '双月', '学年', '学期', '月', '季', '周', '旬', '年', '日', '天']

/**
 * Verbs of reporting to whoever tracks the task, which make a bare period a
 * recurring deadline (`每半年报送`, `按月上报`); a period before any other
 * verb is a frequency (`每月召开一次调度会`, `每月通报`), not a deadline.
 */
export const recurringReportVerbs: readonly string[] = ['报送', '上报', '报告', '汇报', '提交', '报']

/**
 * Words before a date that bound a task by it: `不晚于6月30日`, `截至6月底`,
 * `赶在春节之前` (racing to be done before it), `最晚不超过4月30日`. Longer first.
 */
export const deadlineBounds: readonly string[] = ['最迟不晚于', '最晚不晚于', '最迟不迟于', '最晚不超过', '最迟不超过', '不晚于', '不迟于', '至迟于', '至迟在', '最迟于', '最晚于', '最迟在', '最晚在', '截止到', '截止至', '赶在', '截至', '截止']

/**
 * Verbs of completion that, as `deadlineVerbs` do, make a date before them a
 * deadline without `前` (`6月底建成`, `6月30日印发`); a ledger's `清零`, `销号`
 * (`上半年全部清零`, `9月底销号`) close its work out; funds paid out, `11月上旬拨付`, as `发放`; a target's count reached,
 * `下半年至少引进项目8个`; a building's milestones, its main structure topped out or finished (`10月底主体结顶`);
 * an approval or a permit obtained, the end of a project's paperwork (`12月中旬取得环评批复`).
 */
export const completionVerbs: readonly string[] = ['取得', '主体结顶', '主体封顶', '主体完工', '结顶', '封顶', '建成', '竣工', '完工', '开工', '投用', '投运', '投产', '投入使用', '通车', '通水', '通电', '通气', '开通', '开业', '开馆', '开园', '挂牌', '交付', '印发', '出台', '拿出', '反馈', '验收', '报批', '形成', '制定', '编制', '启动', '上线', '实现', '具备', '确定', '投入运行', '投入试运行', '试运行', '清零', '销号', '发放', '拨付', '下达', '引进']

/**
 * Verbs of carrying a piece of work out (or of handing it on, `提请` a body
 * to deliberate it) that make a month or a quarter a deadline only where `在`
 * or `于` sets the period off as the time to do it in
 * (`在十二月份开展一次专项整治`, `于第四季度开展`, `于6月份提请常委会审议`): a
 * month alone before them is when it is held (`7月下旬开展`), as before `召开`.
 */
export const periodDoingVerbs: readonly string[] = ['开展', '提请']

/**
 * Words that open the outcome a lead's task is for, after the clause of a support with work of
 * its own (`X负责代建,Y配合做好用地报批,确保年底前建成`): the outcome is the lead's.
 */
export const outcomeOpeners: readonly string[] = ['确保', '力争', '争取', '务必']

/** Adverbs that may stand between a deadline and its verb: `6月底全面完成`, `6月30日前务必报送`, `下半年至少引进`. */
export const completionAdverbs: readonly string[] = ['全面', '全部', '基本', '务必', '必须', '确保', '要', '新增', '至少']

/** Words after a verb of completion that make it part of a noun: `3月完成的项目`, `上半年完成情况`. */
export const completionNounHeads: readonly string[] = ['的', '情况', '进度', '率']

/** Words after a time that make it a span or an approximation, not a bound: `至12月31日期间`, `6月以来`, `6月底左右`. */
export const notDeadlineAfter: readonly string[] = [
  '期间',
  '以来',
  '左右',
  // A time that picks out what is late, not a bound: `对3月底前仍未开工的项目实行督办`.
  '仍未',
  '尚未',
  '还未',
  '仍没有',
  '还没有',
  '未能',
  '未'
]

/** Words of a ban after a stretch of time, which is then how long the ban lasts: `三个月内不得转让`. */
export const banWords: readonly string[] = ['不得', '不准', '不再', '不能', '禁止', '严禁', '勿']

/** The meeting as the start of a stretch of time: `会后一周内`, `即日起30日内`. Longer first. */
export const meetingAnchors: readonly string[] = ['会议结束后', '会议召开后', '会后', '即日起']

/** The middle of a month as a point, with its day: `月中`, `6月中` (`中旬`, a third of a month, ends on the 20th). */
export const monthMiddle: readonly [word: string, day: number] = ['中', 15]

/**
 * Words a matter's heading ends with (`二、研究…修改情况`, `三、关于…的问题`):
 * in hard-wrapped text a heading line that ends with one, and is followed by
 * a line that can open a sentence, ends there, though it fills the width.
 */
export const headingEndings: readonly string[] = ['情况', '工作', '事项', '问题', '方案', '汇报', '报告', '意见', '草案', '议题', '》', ')']

/**
 * Nouns that end a subtitle after a heading's colon (`关于X问题:近期整治措施`), beside the
 * heading endings: the plan or steps the matter comes to, no body.
 */
export const subtitleEndings: readonly string[] = ['措施', '安排', '计划', '思路']

/** What cannot open a sentence, so a line that starts with it goes on the line before: `的汇报`, `等事项`. */
export const continuationFirsts: readonly string[] = ['的', '了', '和', '及', '与', '等', '并', '或', '之', '中', '上', '下', '后', '前', '内', ',', '。', ';', ':', ')', '》', '、']

/**
 * Labels inside an item that open a line of their own, in minutes laid out
 * as forms: `汇报单位:`, `汇报科室:`, `表决结果:` (boards), `会议意见:`.
 */
export const itemLabels: readonly string[] = ['汇报单位', '汇报科室', '汇报部门', '汇报人', '表决结果', '会议意见', '议定意见', '审议意见']

/**
 * Sections of fixed wording in a listed company's resolution notice (the
 * exchanges' template): `一、监事会会议召开情况`, `二、议案审议情况`,
 * `三、备查文件`. Each heading stands alone on its line.
 */
export const noticeSectionHeadings: readonly string[] = [
  '董事会会议召开情况',
  '董事会会议审议情况',
  '监事会会议召开情况',
  '监事会会议审议情况',
  '会议召开和出席情况',
  '会议召开情况',
  '会议出席情况',
  '议案审议情况',
  '议案审议表决情况',
  '备查文件'
]

/** Adverbs that may stand before `由X负责` without being the task set before its owner (`并由X负责`, `会后由X负责`). */
export const frontedAdverbs: readonly string[] = ['并', '再', '另', '均', '统一', '具体', '同时', '会后', '随后', '今后', '最后', '然后', '其中', '分别', '原则上']

/**
 * Words that open a clause after a space a web copy left for a lost comma, between
 * ideographs (`…的汇报 同意安排慰问资金`): the meeting's outcomes and cues, never a name.
 */
export const lostCommaOpeners: readonly string[] = ['原则同意', '原则通过', '审议通过', '同意', '会议要求', '会议强调', '会议指出', '会议决定', '会议明确']

/** A school's holidays a task may be done in, to their end (`寒假期间完成`, `暑假内完成`). */
export const vacations: readonly string[] = ['寒假', '暑假', '暑期', '寒暑假']

/** Verbs of carrying work out after a school's holiday, which make it when the work is done (`寒假期间组织施工`). */
export const vacationWorkVerbs: readonly string[] = ['组织施工', '集中施工', '组织实施', '实施', '施工', '开展']

/** Works named by the festival before them (`节前安全检查`, `节前慰问`): `节前` there is no deadline. */
export const festivalWorks: readonly string[] = ['安全', '检查', '大检查', '排查', '慰问', '走访', '巡查', '督查', '暗访', '市场']

/**
 * Verbs that seize a time as a chance, not a limit: `抓住年末销售窗口期` (the year's end is when to sell,
 * no deadline), `抢抓年底施工黄金期`.
 */
export const seizingVerbs: readonly string[] = ['抓住', '抢抓', '紧抓', '把握', '用好', '利用']

// ---------------------------------------------------------------------------
// Short names of departments, for finding an owner however it is written.

/**
 * A department's short name and the full names it stands for, as minutes
 * write them either way: `市发展和改革委员会`, `市发展改革委`, `市发改委`. The
 * ledger's `--owner` filter reads both sides with the short name, so that
 * `--owner 发改委` finds every form. Longer full names first within a row.
 */
export const departmentShortNames: ReadonlyArray<readonly [short: string, ...full: string[]]> = [
  ['发改委', '发展和改革委员会', '发展改革委员会', '发展和改革委', '发展改革委', '发展和改革局', '发展改革局', '发改局'],
  ['住建局', '住房和城乡建设局', '住房城乡建设局', '住房和城乡建设委员会', '住房城乡建设委员会', '住建委'],
  ['人社局', '人力资源和社会保障局', '人力资源社会保障局'],
  ['自然资源局', '自然资源和规划局', '自然资源规划局', '资规局'],
  ['工信局', '工业和信息化局', '工业和信息化委员会', '工业和信息化委', '工信委'],
  ['卫健委', '卫生健康委员会', '卫生和健康委员会', '卫生健康委', '卫生健康局', '卫健局'],
  ['市场监管局', '市场监督管理局'],
  ['应急局', '应急管理局'],
  ['交通局', '交通运输局'],
  ['农业农村局', '农业和农村局', '农业农村委员会', '农业农村委'],
  ['生态环境局', '生态环境分局'],
  ['文旅局', '文化广电和旅游局', '文化广电旅游局', '文化和旅游局', '文化旅游局', '文广旅局', '文广新旅局'],
  ['城管局', '城市管理综合行政执法局', '城市管理行政执法局', '城市管理局', '城管执法局'],
  ['退役军人局', '退役军人事务局'],
  ['医保局', '医疗保障局'],
  ['科技局', '科学技术局'],
  ['国资委', '国有资产监督管理委员会', '国有资产监管委员会'],
  ['金融局', '地方金融监督管理局', '地方金融监管局', '金融工作局'],
  ['林业局', '林业和草原局', '林草局'],
  ['机关事务局', '机关事务管理局'],
  ['大数据局', '数据资源管理局', '大数据管理局', '数据资源局'],
  ['人防办', '人民防空办公室'],
  ['政务服务局', '政务服务管理局', '政务服务和大数据管理局'],
  ['水利局', '水利和湖泊局'],
  ['商务局', '商务和投资促进局'],
  ['统计局', '统计和调查局'],
  ['妇联', '妇女联合会'],
  ['总工会', '工会委员会'],
  ['科协', '科学技术协会'],
  ['供销社', '供销合作社联合社', '供销合作总社'],
  ['政府办', '人民政府办公室', '政府办公室'],
  ['政府', '人民政府']
]


/**
 * The functions a company's or hospital's head of function is titled by before `总监`
 * (`财务总监`, `技术总监`, `人力资源总监`), and a college's or office's secretary before
 * `秘书` (`人事秘书`, `教学秘书`): the post, whose holder the minutes need not
 * name, may own a task (`由财务总监负责资金调度`, `由人事秘书联系…`).
 */
export const functionHeadFields: readonly string[] = ['人力资源', '财务', '技术', '运营', '营销', '市场', '人事', '安全', '质量', '信息', '法务', '采购', '生产', '工程', '审计', '风控', '合规', '行政', '教学', '科研', '研究生', '党务', '外事']

/**
 * Posts of a unit's staff, not its head: after the unit and with no name
 * (`社区网格员要每日巡查…`), the post owns the task as written, where a
 * head's title stands for the unit (`县住建局局长要…` → `县住建局`).
 */
export const staffPosts: readonly string[] = ['网格员', '专职网格员', '网格长', '楼栋长', '民警', '辅警', '安全员', '信息员', '联络员', '宣传员', '组织员', '文书', '会计', '出纳', '报账员', '保健医生', '校医',
  // A village's officers by their charge (`村治保主任负责…`), not the village's head.
  '治保主任', '调解主任', '妇女主任', '民兵连长', '民兵营长', '民政联络员', '计生专干', '民政专干',
  // A town's cadres and leaders charged with villages (`包村领导要对所包村项目全程把关`), as written.
  '包村领导', '包片领导', '联村领导', '包村干部', '驻村干部', '村民小组长', '包组干部',
  // A school's (see `schoolCharges`): the post owns the task as written.
  ...schoolCharges]

/**
 * The bare word of a village, a community, a college, a school or a hospital
 * before a post of its staff (`村报账员`, `村治保主任`, `学院组织员`): the post
 * of the body that holds the meeting, as written, though the word alone is no unit.
 */
export const postHolders: readonly string[] = ['村', '社区', '居委会', '学院', '学校', '医院',
  // A village's level before a post each village has (`村级网格员开展入户宣传`).
  '村级']

/**
 * Words before a deputy's title that single out the one deputy in charge of
 * the matter (`分管副院长`, `主管副总经理`): such a post names one holder, where
 * a bare `副院长` names none of several (see `postTitleEnd`).
 */
export const chargeQualifiers: readonly string[] = ['分管', '主管']

/**
 * Last characters of a body's own departments, which minutes name with no place
 * prefix (`安全环保部`, `医务科`, `后勤处`, `党政办`, `信息中心`, `保卫室`), and of a
 * county bureau's sections, stations and teams (`种植业股`, `农技站`, `监管所`,
 * `农业综合执法大队`): asked by the meeting, such a one owns the clause it opens.
 */
export const departmentEndings: readonly string[] = ['部', '科', '处', '室', '办', '心', '股', '站', '所', '队']

/**
 * Endings of a body that is an office, never a thing (`规建局`, `党政办`, `医务科`): before a term
 * named by its part (`规建局月内完成…`) it owns the task as a placed unit does, where a facility
 * (`互联网医院年内上线`, `数据中心年底建成`) is what the task makes.
 */
export const officeEndings: readonly string[] = ['局', '办', '委', '部', '科', '处', '室', '股']

/** The titles a function may stand before (see `functionHeadFields`). */
export const functionTitles: readonly string[] = ['总监', '秘书']

/** Verbs of setting a body up (`设置`, `成立`): what an audience is told to set up names no owner (`…设置劝导站,劝导站每日…`). */
export const settingUpVerbs: readonly string[] = ['设置', '设立', '建立', '成立', '组建']

/**
 * Ends of a group that owners form to do work together (`X、Y组成联合检查组,对…开展抽查`): the owners
 * do the work after it, though `组成` alone is no task (`成员由各科室负责人组成`).
 */
export const formedGroupEndings: readonly string[] = ['组', '专班', '队']

/**
 * Verbs of doing that may follow a unit with no `要` or `负责` between, as a task's terse
 * form has it (`区卫健局制定防控预案`, `质控科跟进结果监测`, `区财政局给予贷款贴息`): the
 * unit owns the clause, where it tells no work already done (no `了`) and names no made
 * thing (`X制定的方案`). Not `组织` nor `开展`, which follow a place or a time as often
 * (`在全区开展…`, `党委组织部`). Also `分年度` before its verb (`区财政局分年度安排建设资金`;
 * not `分批`, which a decision grants as often: `会议准许X分批招标采购`).
 */
export const bareTaskVerbs: readonly string[] = ['保障', '召集', '拨付', '给予', '制定', '编制', '推进', '跟进', '督办', '出具', '审核把关', '先行', '代为', '扛起', '会签', '对接', '联系', '归口', '督查', '兜底', '完善', '修订', '起草', '拟定', '督促', '指导', '协调', '梳理', '核实', '测算', '研究制定', '研究提出', '提供', '汇总', '分年度']

/** A venue's opening, which its owner sets: the venue before it is part of the deadline (`食堂开业前`, `新市场开业前`). */
export const venueOpenings: readonly string[] = ['开业', '开馆', '开园']

/** Characters that end a venue's name going back from its opening (`要在食堂开业前`, `于新馆开馆前`). */
export const venueStops = '在于要将并及和与前后的'
