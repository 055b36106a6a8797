/**
 * Decisions: clauses led by a decision verb (`原则同意该《办法》`,
 * `审议通过了…`, `批准了…`), or a decision cue with what follows it
 * (`经会议研究,校门改造…`, `会议明确:…同意…`), up to the sentence end or an
 * assignment clause; and each point under a decision lead-in.
 */

import type {Doc} from '../doc.js'
import {announcedTasks, clauseJoiners, decisionSectionNames, priorStepLabels, tallyOutcomeVerbs, documentKinds, appointingVerbs, speakingWords, speakerRoles, concludedLabels, votingMembers, decidedMatterNouns, decidedScopes, decidedMatterOutcomes, decidedMatterSubjects, deliberatedFirst, meetingSubjectsByKind, decisionNouns, decisionVerbs, grantingOutcomes, notStepWords, praisedObjects, motionOutcomes, putOffEndings, voteWinningWords, revisionWords, taskListNouns, titles} from '../lexicon.js'
import {isIdeograph} from '../doc.js'
import type {Decision} from '../record.js'
import {words} from '../words.js'
import {indexWithin, trim, type Span} from './clauses.js'
import {headedGroupWork, isAssignmentClause} from './assignments.js'
import {unitSentences, type Unit} from './units.js'
import {skipMarker} from './markers.js'
import {isName} from './person.js'
import {readActor} from './actor.js'
import {findDueNormalized, openingStart} from './due.js'

/** Labels of steps other bodies took before the meeting (`审议情况:`). */
const paperKinds = words(documentKinds)

/**
 * Whether what follows `通过` up to its clause's end names a paper (`…筹资筹劳方案`, `…续签方案`):
 * ends in a kind of document, names no means (`方式`, `途径`) and holds no verb of making it known.
 */
function passesPaper(text: string, start: number, end: number): boolean {
  const stop = trim(text, start, end).end
  if (stop - start < 4 || stop - start > 40) return false
  const kind = paperKinds.before(text, stop)
  return kind !== undefined && !/方式|途径|渠道|形式|平台|公示|公开|征求/.test(text.slice(start, stop))
}

const tallyOutcomes = words(tallyOutcomeVerbs)
const joiners = new Set(clauseJoiners)
const priorSteps = new Set(priorStepLabels)
const verbs = words(decisionVerbs)
const afterNouns = words(notStepWords)
const documentNouns = words(decisionNouns)
const praised = words(praisedObjects)
const matterNouns = words(decidedMatterNouns)
const matterOutcomes = words(decidedMatterOutcomes)
const scopes = words(decidedScopes)
// `与会人员一致同意…`, `全体董事一致同意…`: those present decide as the meeting does.
// `本议案暂缓表决`: the matter as its outcome's subject. `会议讨论后同意…`: what it did before it decides.
// `会议前置研究同意…`: a company's party committee studies a matter before its board decides.
// `本次暂不定价`, `此次暂缓调整`: this time, as the meeting decides it; `原则同意,但暂缓实施…`: an outcome that limits the one before.
// `院务会同意…`, `党工委同意…`, `院长办公会研究决定:…`: the meeting named by its body or kind (also
// in full, `主任办公会议议定:…`).
const subjects = words(['会议还', '会议', '会上', '前置', '与会人员', '与会同志', '与会成员', '并', '但是', '但', '还', '也', '又', '均', '同时', '最终', '本次', '此次', '经讨论', '经表决', '经投票表决', ...votingMembers, ...deliberatedFirst, ...decidedMatterSubjects, ...meetingSubjectsByKind.flatMap((kind) => (kind.endsWith('办公会') ? [kind, kind + '议'] : [kind]))])
/** Cues that open a decision whose content follows: `会议明确:`, `经会议研究,`. */
// `会议商定,…`, `会议议决,…`: agreed among those present, as 议定.
// `会议确认,…继续执行,…不再执行`: what the meeting confirms, decided.
// `经校务会研究:`, `经董事会审议,`: the meeting named by its body or kind, as `经会议研究` names it.
const openers = [...meetingSubjectsByKind.flatMap((kind) => ['研究', '讨论', '审议'].map((verb) => '经' + kind + verb)), '经会议研究', '经会议讨论', '经会议审议', '经研究', '经讨论', '研究决定', '讨论决定', '研究确定', '明确如下', '明确', '确定', '确认', '议定', '商定', '议决', '决定', '决议']
/** Steps after an opener of its own subject that only say how the meeting came to its outcome: `经讨论表决,`. */
const openerSteps = words(['并无记名投票表决', '和无记名投票表决', '并投票表决', '和投票表决', '无记名投票表决', '投票表决', '并表决', '和表决', '表决', '研究'])
/** Openers that are their own subject. */
const ownOpeners = words(openers.filter((word) => word.startsWith('经')))
const openerWords = words(openers)
/**
 * A count of votes after a verb: `同意9票`, `同意九票`, `同意36人`, `同意8,650万股,占…`, the
 * tally alone, ending its clause, or before the next one (`同意9票反对0票`); not a count of
 * those agreed to (`同意2名同志参加培训`, `同意11名处级干部正式任职`). A share of the votes, as
 * a company's members vote by their stakes: `同意85%,反对15%`, `同意票占出席会议股东所持表决权的100%`.
 */
const voteCount = /^(?:[\d,.零〇一二两三四五六七八九十百千万]+(?:票|人|名|户|位|股|%)(?:(?![\u4e00-\u9fff])|(?=反对|弃权|赞成|不同意))|票数?占)/

/**
 * How a vote went, before the verb it passed with: `以7票同意、0票反对、0票弃权`, `以全票`;
 * or how it was taken: `以记名投票方式`, `以举手表决方式`, `以举手方式` (before `表决同意`).
 */
// (`以9票同意、0票反对、0票弃权的表决结果通过…`: the tally named the vote's result.)
const voteAdverbial = /^以(?:(?:全票|(?:[\d零〇一二两三四五六七八九十百]+票(?:同意|赞成|反对|弃权)、?)+)(?:的表决结果,?)?|(?:(?:记名|无记名|举手|书面|通讯|现场)(?:投票|表决)?|投票|表决)(?:表决)?的?方式)/

/** What a lead-in announces rather than decides: `议定以下事项`, `议定事项如下`, `明确如下`, `议定事项:`. */
const leadInObjects = words(['了以下事项', '了如下事项', '以下事项', '如下事项', '事项如下', '以下几点', '以下意见', '如下意见', '意见如下', '以下', '如下', '事项'])
/** Cues after which a clause is not a decision but an instruction or opinion. */
const otherCues = words(['强调', '要求', '指出', '认为', '提出', '希望', '听取', '学习', '传达'])

/** A decision being read. */
interface Open {
  start: number
  end: number
  verb: string | null
  cue: string
  /** Whether anything but the opener was read. */
  content: boolean
}

/**
 * Read the decisions of an item's units.
 *
 * @param doc
 *   The doc.
 * @param units
 *   The item's units.
 * @returns
 *   Decisions, in order.
 */
export function readDecisions(doc: Doc, units: Unit[]): Decision[] {
  const decisions: Decision[] = []
  const push = (open: Open) => {
    if (open.content) decisions.push(decision(doc, open))
  }
  for (const unit of units) {
    if (unit.kind === 'heading') continue
    // A member's line decides nothing, but for the meeting's own words in it (`岳书记:同意。会议决定:…`).
    const speaker = speakerLine(doc.norm, unit.start, unit.end)
    if (speaker && (unit.decision || indexWithin(doc.norm, '会议', unit.start, unit.end) === -1)) continue
    const [first] = unit.decision ? (unitSentences(doc, unit)[0]?.clauses ?? []) : []
    // (Under a view the meeting formed, `形成以下意见:`, a point that hands out a task is read as any text.)
    if (unit.decision && !(unit.formed && first && isAssignmentClause(doc.norm, first))) {
      // The point's own outcome tells the verb (`原则同意…`, `暂缓…`), as after `会议决定`; else the lead-in's.
      const own = first ? readClause(doc.norm, first) : null
      const verb = own !== null && own !== 'stop' && own.verb !== null ? own.verb : unit.decision
      decisions.push(decision(doc, {start: unit.start, end: unit.end, verb, cue: unit.decision, content: true}))
      continue
    }
    // `会议同意:任命A为…;免去B…职务。`: an agreement led in by a colon runs over `;` to each matter it lists.
    let listed: Open | null = null
    for (const sentence of unitSentences(doc, unit)) {
      if (speaker && !meetingOpens.test(doc.norm.slice(sentence.start, sentence.start + 3))) continue
      // `审议情况:经村党员大会审议,同意…`: a step another body took before the meeting.
      if (doc.norm.charCodeAt(sentence.start + 4) === 0x3a /* : */ && priorSteps.has(doc.norm.slice(sentence.start, sentence.start + 4)) && doc.norm.charAt(sentence.start + 5) === '经') continue
      if (listed) {
        const listItem = listedMatter(doc.norm, sentence)
        if (listItem) decisions.push(decision(doc, {...listed, ...listItem}))
        listed = listItem && endsWithSemicolon(doc.norm, sentence) ? listed : null
        if (listItem) continue
      }
      const colonLed = agreedList.exec(doc.norm.slice(skipMarker(doc.norm, sentence.start, sentence.end), sentence.end))
      if (colonLed && endsWithSemicolon(doc.norm, sentence)) listed = {start: 0, end: 0, verb: colonLed[1] as string, cue: colonLed[1] as string, content: true}
      let open: Open | null = null
      // `会议研究了X,决定…`: a later clause's opener speaks for the meeting of the first; so it does
      // after an agreement that leaves the meeting out (`二、同意X计划,确定Y等5个议题。`).
      const first = sentence.clauses[0]
      const meetingSpeaks = sentence.clauses.length > 1 && (takesUp(doc.norm, first.start) || agreesFirst.at(doc.norm, skipMarker(doc.norm, first.start, first.end)) !== undefined)
      for (const [clauseIndex, clause] of sentence.clauses.entries()) {
        const start = skipMarker(doc.norm, clause.start, clause.end)
        const assigns = isAssignmentClause(doc.norm, clause)
        // `经会议研究,要求…`: what the study gave is an instruction, not a decision.
        if (open && open.verb === null && !open.content && ownOpeners.at(open.cue, 0) !== undefined && otherCues.at(doc.norm, start) !== undefined) {
          open = null
          continue
        }
        // `会议决定,由X…`: what the meeting decided is the assignment itself; so it is after the
        // scope the opener names first (`会议明确,对X,由Y负责…`).
        const scoped = open !== null && open.content && clauseIndex > 1 && scopes.at(doc.norm, skipMarker(doc.norm, sentence.clauses[clauseIndex - 1].start, sentence.clauses[clauseIndex - 1].end)) !== undefined
        // (Not after a lead-in that names the list it opens, `会议明确了各项工作的分工:由X牵头…`: the owners' tasks are the list.)
        // (A label of what was decided, `决定事项:X负责…`, is no such lead-in: its value is the decision.)
        const namesList =
          open !== null &&
          !open.content &&
          doc.norm.charAt(open.end) === ':' &&
          announcedTasks.some((word) => doc.norm.endsWith(word, open?.end)) &&
          !decisionSectionNames.some((name) => doc.norm.endsWith(name, open?.end))
        if (assigns && open && open.verb === null && (!open.content || scoped) && openers.includes(open.cue) && !namesList) {
          open.end = clause.end
          open.content = true
          continue
        }
        // `会议明确由X负责…`, `…,明确由X…`: the meeting decides who does it; the clause is both.
        if (assigns && decidesOwner(doc.norm, start, clause.end)) {
          if (open) push(open)
          open = {start, end: clause.end, verb: null, cue: '由', content: true}
          continue
        }
        // `经研究,明确以下事项:`, `并明确如下分工:`, `会议议定事项清单`: a lead-in or a list's name decides nothing.
        const announcing = announces(doc.norm, start, clause.end)
        // (`会议确定,各项目按下表推进:`: the clause after a lead-in sends to the table, which holds what was decided.)
        if (open && open.verb === null && !open.content && tableFollowed.test(doc.norm.slice(start, clause.end))) {
          open.end = clause.end
          continue
        }
        if (announcing !== null) {
          if (open && open.verb === null) open.end = clause.end
          else {
            if (open) push(open)
            open = {start, end: clause.end, verb: null, cue: announcing, content: false}
          }
          continue
        }
        // (Before the assignment: `决定X于…` opens with no owner, whatever an owner's reading makes of it.)
        const carried = meetingSpeaks && clauseIndex > 0 ? carriedOpener(doc.norm, start, clause.end) : null
        // (`会议决定成立A专班,由Y任组长,5月底前完成B`: the head's work is an assignment, no part of the decision.)
        // `表决:到会委员5人,一致同意。`: the vote's tally, the outcome with no matter of its own.
        if (tallied(doc.norm, sentence, start, clause.end)) continue
        const found = carried ?? (assigns || (clauseIndex > 1 && headedGroupWork(doc.norm, sentence.clauses, clauseIndex)) ? 'stop' : (readClause(doc.norm, {start, end: clause.end}) ?? afterTally(doc.norm, sentence.clauses[clauseIndex - 1], start, clause.end)))
        if (found === 'stop') {
          if (open) push(open)
          open = null
          continue
        }
        // `会议决定,即日起至年底,由X牵头…`: a time before the owner's clause leaves the cue's content to come.
        if (found === null && open !== null && open.verb === null && !open.content && saysOnlyWhen(doc.norm, start, clause.end)) {
          open.end = clause.end
          continue
        }
        // (`准予其中2个项目立项,另1个项目不予立项`: one decision, whose second clause refuses the rest.)
        if (found === null || (found.joins === true && open !== null && open.verb !== null)) {
          if (open) {
            open.end = clause.end
            open.content = true
          }
          continue
        }
        // Cut at `并由…`: what follows is an assignment.
        const cut = indexWithin(doc.norm, '并由', start, clause.end)
        const end = cut !== -1 ? cut : clause.end
        if (open && open.verb === null) {
          open.end = end
          open.verb = found.verb
          // A second opener (`经会议研究,决定:`) is still a lead-in: its content is yet to come.
          if (found.verb !== null) open.content = true
        } else {
          if (open) push(open)
          // A decision that an inline point holds (`(一)同意…`) starts after its marker.
          open = {start, end, verb: found.verb, cue: found.cue, content: found.verb !== null}
        }
        if (end !== clause.end) {
          push(open)
          open = null
        }
      }
      if (open) push(open)
    }
  }
  return decisions
}

/** The meeting opening a sentence of a member's line: `会议决定:…`, `经会议研究,…`. */
const meetingOpens = /^(?:会议|经会议)/

/**
 * Whether a clause of a vote's line is only its outcome after the count of those who voted
 * (`表决:到会委员5人,一致同意`), no matter named. (A board's `表决结果:全票通过` under its motion,
 * with no count before it, is the motion's outcome.)
 */
function tallied(text: string, sentence: Span, start: number, end: number): boolean {
  const from = skipMarker(text, sentence.start, sentence.end)
  return bareOutcome.test(text.slice(start, end)) && text.startsWith('表决', from) && headCounted.test(text.slice(from, start))
}

/** A count of those present or voting: `到会委员5人`, `应到7人`. */
const headCounted = /[\d一二三四五六七八九十]+\s*[人名]/

const bareOutcome = /^(?:一致|全票|全体)?(?:同意|通过)(?:了)?$/

/**
 * Whether a clause only says when (`即日起至年底`, `自下月起`, `年底前`): a start, a deadline,
 * or both, and nothing else.
 */
function saysOnlyWhen(text: string, start: number, end: number): boolean {
  if (end - start > 14) return false
  const from = start + openingStart(text.slice(start, end))
  if (from === end) return from > start
  // (`即日起至春节后一周`: a start and the end of its stretch, whatever that end's form.)
  if (from > start && text.charAt(from) === '至' && end - from <= 10) return true
  const due = findDueNormalized(text.slice(from, end), null)
  return due !== null && due.start === 0 && from + due.end === end
}

/**
 * An agreement that leads in its matters by a colon: `会议同意:`, `会议研究同意:`, `原则同意:`.
 * (Not `会议决定:成立A,由X任组长;将B纳入…`, one statement of what the meeting decided.)
 */
const agreedList = /^(?:会议)?(?:研究|讨论)?((?:原则)?同意):/

/** Whether a sentence ends with `;`, another matter of its list to follow. */
/**
 * Whether a unit is a line of a record of who said what (`褚文龙:同意海英同志的意见。`): a
 * name and a colon open it, and what one member says there is no decision of the meeting's.
 */
export function speakerLine(text: string, start: number, end: number): boolean {
  for (let length = 2; length <= 3; length++) {
    if (start + length < end && text.charAt(start + length) === ':' && isName(text.slice(start, start + length))) return true
    // (`汤若水同志:…`, `狄青同志(汇报):…`: the name with 同志.)
    if (text.startsWith('同志', start + length) && ':('.includes(text.charAt(start + length + 2)) && isName(text.slice(start, start + length))) return true
  }
  // (So does a title alone or before a name: `指挥长:同意…`, `副指挥长辛立成:…`, `村支书 X:…`; after a
  // number, a representative with a note of where from: `1.代表蒙德胜(三组):同意修路…`.)
  let from = skipMarker(text, start, end)
  // (`党委书记、董事长 钱塘:同意。`: titles joined by `、` before the last one and the name.)
  for (let title = speakerTitleAt.at(text, from); title !== undefined && text.charAt(from + title.length) === '、'; title = speakerTitleAt.at(text, from)) from += title.length + 1
  let colon = indexWithin(text, ':', from + 2, Math.min(end, from + 16))
  if (colon === -1) {
    // (A unit named in full, who spoke for it in brackets: `宁川城市投资集团有限公司(股东代表 樊松):…`.)
    const far = indexWithin(text, '):', from + 2, Math.min(end, from + 32))
    const open = far === -1 ? -1 : text.lastIndexOf('(', far)
    return open > from && spokeFor(text, open + 1, far) && readActor(text, from, open)?.kind === 'unit'
  }
  // (`申明远 发言:…`, `人事处处长 X 汇报:…`: a verb of speaking between the speaker and the colon.)
  const spoken = speakerEnd(text, from, colon)
  if (spoken !== colon) {
    colon = spoken
    if (isName(text.slice(from, colon))) return true
  }
  const note = text.charAt(colon - 1) === ')' ? text.lastIndexOf('(', colon) : -1
  const close = note > from ? note : colon
  if (speakerTitleAt.has(text.slice(from, close)) || speakerRoleWords.has(text.slice(from, close))) return true
  // (A unit, who spoke for it in brackets: `中融水业有限公司(股东代表 桑德):同意。`, `医务科(何主任):…`.)
  if (note > from && spokeFor(text, note + 1, colon - 1) && readActor(text, from, note)?.kind === 'unit') return true
  const member = memberWords.at(text, from)
  if (member !== undefined && isName(text.slice(from + member.length, close))) return true
  const actor = readActor(text, from, close)
  return actor !== null && actor.kind === 'person' && actor.title !== null && actor.whole.end === close
}

/** Titles a speaker is named by, looked up at an offset (`副指挥长X:`) or whole (`指挥长:`). */
const speakerTitleAt = words(titles)
const speakerRoleWords = new Set(speakerRoles)
const speakingAt = words(speakingWords)

/** Whether a bracket from `start` to `end` names one who spoke for a unit: a person, or a name after a space (`股东代表 桑德`). */
function spokeFor(text: string, start: number, end: number): boolean {
  const space = text.lastIndexOf(' ', end - 1)
  return readActor(text, start, end)?.kind === 'person' || (space > start && isName(text.slice(space + 1, end)))
}

/**
 * Where the speaker of a record's line ends before its `colon`: before a verb of speaking
 * written there (`申明远 发言:`, `覃国栋说:`) and the spaces before it, else the colon.
 */
export function speakerEnd(text: string, start: number, colon: number): number {
  for (let length = 2; length >= 1; length--) {
    const said = speakingAt.at(text, colon - length)
    if (said === undefined || said.length !== length || colon - length - start < 2) continue
    let end = colon - length
    while (text.charAt(end - 1) === ' ') end--
    return end
  }
  return colon
}
/** Who speaks as a member of a congress or an assembly, before the name: `代表X:`, `委员X:`. */
const memberWords = words(['村民代表', '居民代表', '党员代表', '代表', '委员'])

function endsWithSemicolon(text: string, sentence: Span): boolean {
  return text.charAt(sentence.end) === ';'
}

/**
 * A matter listed after an agreement's colon, in its own sentence after `;` (`…;免去B…职务。`):
 * the sentence's clauses up to one that assigns work, where the first opens with no cue of its own; or null.
 */
function listedMatter(text: string, sentence: {clauses: Span[]}): {start: number; end: number} | null {
  const [first] = sentence.clauses
  if (!first) return null
  const start = skipMarker(text, first.start, first.end)
  if (start >= first.end || isAssignmentClause(text, first) || readClause(text, {start, end: first.end}) !== null) return null
  let end = first.end
  for (const clause of sentence.clauses.slice(1)) {
    if (isAssignmentClause(text, clause)) break
    end = clause.end
  }
  return {start, end}
}

/**
 * A verb of electing that names whom to what (`选举X为会长`): an outcome of a council or board,
 * where `为` follows in its clause; not the matter named (`选举产生领导机构`).
 */
function appointed(text: string, at: number, end: number): string | undefined {
  const verb = appointings.at(text, at)
  return verb !== undefined && indexWithin(text, '为', at + verb.length + 2, end) !== -1 ? verb : undefined
}

const appointings = words(appointingVerbs)

/** A count of votes ending a clause: `31人同意,0人反对`, `赞成9票`, `经举手表决`. */
const tallyEnd = /(?:[\d零〇一二两三四五六七八九十百]+(?:票|人|名)?(?:同意|赞成|反对|弃权)|(?:同意|赞成|反对|弃权)[\d零〇一二两三四五六七八九十百]+(?:票|人|名)|表决)$/

/**
 * What a vote passed, in the clause right after its tally
 * (`…表决,31人同意,0人反对,…`): `通过厂房出租方案`, what it names before
 * the verb (`方案获得通过`), or the voters agreeing (`与会代表一致同意实施该项目`);
 * `通过` alone ending the tally too (`同意6票,弃权1票,通过`).
 * (Elsewhere `通过` alone is a means, `通过开展…`.)
 */
function afterTally(text: string, previous: Span | undefined, start: number, end: number): Read | null {
  if (!previous || start + 2 > end) return null
  let found: {verb: string; cue: string} | null = null
  if (text.startsWith('通过', start)) found = {verb: '通过', cue: '通过'}
  else if (text.startsWith('通过', end - 2)) found = {verb: '通过', cue: '通过'}
  else if (indexWithin(text, '一致同意', start, Math.min(end - 4, start + 8)) !== -1) found = {verb: '同意', cue: '一致同意'}
  else {
    // `同意7票,推荐X为…`: the candidates a vote passed.
    const outcome = tallyOutcomes.at(text, start)
    if (outcome !== undefined && start + outcome.length + 2 <= end) found = {verb: outcome, cue: outcome}
  }
  return found && tallyEnd.test(text.slice(Math.max(previous.start, previous.end - 12), previous.end)) ? found : null
}

const meetingSubjects = words(['会议还', '会议', '会上'])
/** What the meeting says rather than does: in its sentence, `…,明确责任` is an instruction's content. */
const sayings = words(['强调', '要求', '指出', '认为', '提出', '希望'])

/** Whether a sentence's first clause has the meeting take a matter up (`会议研究了…`), not instruct or opine. */
function takesUp(text: string, start: number): boolean {
  const subject = meetingSubjects.at(text, start)
  return subject !== undefined && sayings.at(text, start + subject.length) === undefined
}
/** Agreements that open an item in the meeting's voice, the meeting left out: `同意X`, `原则同意X`. */
const agreesFirst = words(['原则同意', '同意', '原则通过', '审议通过'])

/** Openers that speak for the meeting named earlier in the sentence: `…,决定运动会于4月举行`. */
const carriedOpeners = words(['决定', '明确', '确定', '议定'])

/**
 * What follows an opener that only announces: `以下事项`, `如下分工`, `以下督办事项`, `事项如下`,
 * `的具体事项如下`
 * (to the colon), the name of the list it heads (`事项清单`, `事项督办表`), or the tasks it
 * hands out, before a colon (`明确了下一阶段各单位工作任务:`).
 */
const announced = new RegExp(`^了?(?:(?:以下|如下)[\\u4e00-\\u9fff]{0,6}|[\\u4e00-\\u9fff]{0,16}如下|事项[\\u4e00-\\u9fff]{0,4}(?:${taskListNouns.join('|')}))?:?$`)
const announcedBeforeColon = new RegExp(`^了?[\\u4e00-\\u9fff]{1,16}(?:${announcedTasks.join('|')})$`)

/** The list that follows, handed to its owners, before a colon: `以下事项由各责任部门加快推进`. */
const listHandedOut = /^了?(?:以下|如下)[\u4e00-\u9fff]{0,6}由[\u4e00-\u9fff]{1,12}$/

/** A short note in brackets at the end of a lead-in, before its colon: `(附后)`, `(详见附件)`. */
const bracketedNote = /\([^()]{1,20}\)(?=:?$)/

/** Work said to follow the table below (`,各项目按下表推进:`): the table holds what was decided. */
const tableFollowed = /^[\u4e00-\u9fff]{0,8}[按依照见如]下表[\u4e00-\u9fff]{0,6}:?$/

/** A note in brackets that points to where the list stands: `(见下表)`, `(详见附件)`, `(附后)`. */
const pointerNote = /\((?:详)?见[^()]{0,8}\)$|\(附[^()]{0,8}\)$/

/**
 * The opener of a clause that announces what follows rather than deciding
 * it (`明确以下事项:`, `会议议定如下:`, `并明确如下分工:`, `会议议定事项清单`), or null.
 */
function announces(text: string, start: number, end: number): string | null {
  let cursor = start
  const subject = subjects.at(text, cursor)
  if (subject) cursor += subject.length
  const opener = carriedOpeners.at(text, cursor)
  if (opener === undefined) return null
  // (A note in brackets before the colon announces no more: `明确分工如下(附后):`.)
  const whole = text.slice(cursor + opener.length, end).trimEnd()
  const rest = whole.replace(bracketedNote, '')
  // (So does a note that points to the list, ending the sentence instead of a colon: `明确了责任分工(见下表)。`.)
  const pointed = rest !== whole && pointerNote.test(whole)
  // (Before a colon, the list it opens may be said to go to its owners: `会议确定以下事项由各责任部门加快推进:`.)
  return announced.test(rest) || ((text.charAt(end) === ':' || pointed) && (announcedBeforeColon.test(rest) || listHandedOut.test(rest))) ? opener : null
}

/** A later clause of the meeting's sentence opened by `决定`, `明确` … with content after it: a decision. */
function carriedOpener(text: string, start: number, end: number): Read | null {
  const opener = carriedOpeners.at(text, start)
  if (opener === undefined || start + opener.length >= end) return null
  return {verb: verbs.at(text, start + opener.length) ?? opener, cue: opener}
}

/** Whether a clause opens with an opener (after the meeting or not) and then `由`, or the meeting's and the owner: `会议明确由X负责…`, `会议确定X牵头…`. */
function decidesOwner(text: string, start: number, end: number): boolean {
  let cursor = start
  const subject = subjects.at(text, cursor)
  if (subject) cursor += subject.length
  const opener = openerWords.at(text, cursor)
  if (opener === undefined || cursor + opener.length >= end) return false
  const next = text.charAt(cursor + opener.length)
  // (`会议确定X为牵头单位`, `会议决定X会同Y…`: the owner glued to the meeting's opener, as after `由`.)
  return next === '由' || (subject !== undefined && next !== '了' && isIdeograph(text.charCodeAt(cursor + opener.length)))
}

/** What a clause read gives: its verb (null for an opener) and cue. */
interface Read {
  verb: string | null
  cue: string
  /**
   * Whether it decides on its own only at a sentence's start: an outcome on a matter named in
   * full (`另1个项目不予立项`) after a decision in its sentence goes on with that decision.
   */
  joins?: boolean
}

/**
 * Read one clause: a decision verb (with the verb), an opener (verb null),
 * `stop` for an assignment or another cue, or null for plain content.
 */
function readClause(text: string, clause: Span): Read | 'stop' | null {
  let cursor = clause.start
  for (let round = 0; round < 3; round++) {
    const subject = subjects.at(text, cursor)
    if (!subject) break
    cursor += subject.length
  }
  // `会议以7票同意、0票反对、0票弃权审议通过…`, `以全票通过…`: the tally says how, the verb follows.
  // (Tried only where `以` opens it: the pattern's first run compiles it, a millisecond of a cold start.)
  const vote = text.charCodeAt(cursor) === 0x4ee5 /* 以 */ ? voteAdverbial.exec(text.slice(cursor, Math.min(clause.end, cursor + 40))) : null
  if (vote) cursor += vote[0].length
  // `本议案获得通过`, `本议案以7票同意…获得通过`: the motion's outcome after the motion or its tally.
  const passed = cursor > clause.start ? motionPassed.at(text, cursor) : undefined
  if (passed !== undefined) return {verb: passed, cue: text.slice(clause.start, cursor)}
  // `该采购计划不予同意`, `此项申请暂缓办理`: a matter named back, then what the meeting decided on it.
  const matter = matterOutcome(text, cursor, clause.end)
  if (matter) return {verb: verbs.at(text, matter.end) ?? matter.outcome, cue: text.slice(clause.start, matter.end), joins: matter.inFull}
  // `| 表决结果 |` `未通过`: a vote's outcome filling its clause, refused (as `通过` alone passes).
  if (text.startsWith('未通过', cursor) && trim(text, cursor + 3, clause.end).end <= cursor + 3) return {verb: '未通过', cue: text.slice(clause.start, cursor + 3)}
  // `X、Y2人获得三分之二以上委员同意`: the vote won by whom the clause names.
  if (wonVote(text, cursor, clause.end)) return {verb: '同意', cue: text.slice(clause.start, cursor)}
  // `此事修改后再议`, `待调研后再行研究`: the matter put off to a later sitting.
  const later = putOff(text, cursor, clause.end)
  if (later !== null) return {verb: later, cue: text.slice(clause.start, cursor), joins: true}
  // (Not an outcome that opens with the cue: `会议听取并审定了…`, `听取并原则同意了…`.)
  const other = (verbs.at(text, cursor)?.length ?? 0) > 2 && text.startsWith('听取', cursor) ? undefined : otherCues.at(text, cursor)
  // `会议要求…`, or the cue alone leading in (`…活动,要求:`): not part of a decision.
  if (other && (cursor > clause.start || cursor + other.length >= clause.end)) return 'stop'
  // `决定草案结构合理`: the verb begins the name of a document, which the clause speaks of.
  if (documentNouns.at(text, cursor) !== undefined) return null
  // `会议对X提交的选聘结果不予同意`: the matter put first after 对, the outcome granted or refused after it;
  // so in a later clause of the meeting's sentence (`…申请,对结余部分予以保留`).
  if (text.charAt(cursor) === '对') {
    const granted = grantedOutcome(text, cursor + 1, clause.end)
    if (granted) return {verb: granted, cue: text.slice(clause.start, cursor)}
  }
  const verb = verbs.at(text, cursor) ?? appointed(text, cursor, clause.end)
  // `退回县财政局修改`: a draft sent back for revision.
  if (verb === undefined && text.startsWith('退回', cursor) && revisionWords.some((word) => indexWithin(text, word, cursor + 2, clause.end) !== -1)) {
    return {verb: '退回', cue: text.slice(clause.start, cursor + 2)}
  }
  // `会议认可了X一年来的工作`: praise of work done, not an approval (`会议认可考核方案`).
  if (verb === '认可' && praises(text, cursor + verb.length, clause.end)) return null
  // `会议审议通过了以下议案:`: the outcome announces the list it passed, whose points are the decisions.
  if (verb && announcesList(text, cursor + verb.length, clause.end)) return {verb: null, cue: verb}
  // `表决结果:同意9票,反对0票`, `同意36人`: a tally of votes, not what was decided.
  if (verb && voteCount.test(text.slice(cursor + verb.length, cursor + verb.length + 12))) return null
  // `表决通过后公示7天`, `审议通过后印发`: a step to come once the verb is done, not a decision.
  // (Not `同意后勤保障处提出的…`: a word that begins with 后 and names what is agreed to.)
  if (verb && text.charAt(cursor + verb.length) === '后' && afterNouns.at(text, cursor + verb.length) === undefined) return null
  // `会议决定:` alone is a lead-in: what follows is the decision; so is `会议议定以下事项:`,
  // and any verb alone before a colon (`会议同意:` over the points it agrees to).
  const rest = verb ? cursor + verb.length + (leadInObjects.at(text, cursor + verb.length)?.length ?? 0) : 0
  if (verb && rest >= clause.end && (openers.includes(verb) || text.charAt(rest) === ':')) return {verb: null, cue: verb}
  // `通过` alone must pass something (`通过了…`, `通过《…》`), or be all its clause (a vote's outcome,
  // `| 表决结果 |` `通过`); `审定` alone (`审定后印发`) is a step to come.
  // (Or a paper named whole up to its clause's end, opening the clause: `一、通过X村筹资筹劳方案,…`,
  // as a village's resolutions list what they passed; not a means, `通过公开招租方式…`.)
  const bare = verb === '通过' ? '了《'.includes(text.charAt(cursor + 2)) || (cursor === clause.start && trim(text, cursor + 2, clause.end).end <= cursor + 2) || (cursor === clause.start && passesPaper(text, cursor + 2, clause.end)) : verb !== '审定'
  // `…,并通过家长会告知家长…`: after a bare conjunction, `通过` is a means, unless it passes a paper (`并通过该方案`).
  if (verb === '通过' && !bare && joiners.has(text.slice(clause.start, cursor)) && !passesPaper(text, cursor + 2, clause.end) && paperKinds.before(text, trim(text, cursor + 2, clause.end).end) === undefined) return null
  if (verb && (bare || cursor > clause.start)) {
    // An outcome after an opener tells the verb: `会议决定暂缓审议`.
    const outcome = openers.includes(verb) ? verbs.at(text, cursor + verb.length) : undefined
    return {verb: outcome ?? verb, cue: text.slice(clause.start, cursor + verb.length)}
  }
  // `讨论结果:暂不收费…`: a record's label of what the meeting concluded opens its decision.
  const concluded = concludedLabelWords.at(text, clause.start)
  if (concluded !== undefined && text.charAt(clause.start + concluded.length) === ':') {
    const after = clause.start + concluded.length + 1
    return after >= clause.end ? {verb: null, cue: concluded} : {verb: verbs.at(text, after) ?? concluded, cue: concluded}
  }
  // An opener needs the meeting as its subject (`会议明确`) or is itself one (`经会议研究`).
  const opener = ownOpeners.at(text, clause.start) ?? (cursor > clause.start ? openerWords.at(text, cursor) : undefined)
  if (opener) {
    let end = text.indexOf(opener, clause.start) + opener.length
    end += leadInObjects.at(text, end)?.length ?? 0
    // (`经讨论表决,同意…`, `经讨论研究,`: the way the meeting came to it, still the opener alone.)
    if (opener.startsWith('经')) end += openerSteps.at(text, end)?.length ?? 0
    // The opener alone (`会议明确`, `会议议定以下事项`), or with its content (`会议决定学校…`);
    // an outcome that follows tells the verb (`会议决定暂缓审议`).
    if (end >= clause.end) return {verb: null, cue: opener}
    return {verb: verbs.at(text, end) ?? opener, cue: opener}
  }
  return null
}

/** How far past its first character a matter may run before its outcome (`该项目建设资金申请`, `新聘1名外籍教师事宜`). */
const matterReach = 12

/** The first characters of the outcomes that refuse or put off (`不予…`, `暂缓`, `暂不予`, `未予同意`). */
const refusing = '不暂未'

/**
 * A matter named back with `该` or `此` at `start` (ending in a noun of `decidedMatterNouns`), or the noun
 * alone (`方案暂缓执行`), and the outcome right after it (`decidedMatterOutcomes`): where the outcome
 * starts, which it is, and whether the matter is named in full; or null. A matter named in full
 * (`新聘1名外籍教师事宜暂缓`) takes only an outcome that refuses or puts off: one that grants
 * (`部分项目原则同意后…`) may tell of the past.
 */
function matterOutcome(text: string, start: number, end: number): {end: number; outcome: string; inFull: boolean} | null {
  const first = text.charAt(start)
  const named = first === '该' || first === '此'
  if (!named) {
    const noun = matterNouns.at(text, start)
    const outcome = noun === undefined ? undefined : matterOutcomes.at(text, start + noun.length)
    if (outcome !== undefined && noun !== undefined && !describes(text, start + noun.length + outcome.length)) return {end: start + noun.length, outcome, inFull: false}
  }
  const last = Math.min(end, start + 1 + matterReach)
  for (let at = start + 3; at < last; at++) {
    const outcome = matterOutcomes.at(text, at)
    if (outcome !== undefined && (named || refusing.includes(outcome.charAt(0))) && matterNouns.before(text, at) !== undefined && !describes(text, at + outcome.length)) return {end: at, outcome, inFull: !named}
  }
  return null
}

const motionPassed = words(motionOutcomes)
const concludedLabelWords = words(concludedLabels)

/** `获得`, who or what share of them (see `voteWinningWords`), and `同意`/`赞成` ending the clause. */
// (`…获得三分之二以上到会委员同意推荐`: and what the vote grants, a recommendation.)
const wonVotePattern = new RegExp(`获得[^,;。]{0,8}(?:${voteWinningWords.join('|')})[^,;。]{0,4}(?:同意|赞成)(?:推荐)?$`)

/** Whether the clause from `start` to `end` ends in a vote won (`…获得三分之二以上委员同意`). */
function wonVote(text: string, start: number, end: number): boolean {
  const last = trim(text, start, end).end
  // (Tried only where the clause ends in the outcome: one slice of a short clause.)
  const granted = text.endsWith('推荐', last) ? last - 2 : last
  if (!(text.endsWith('同意', granted) || text.endsWith('赞成', granted)) || last - start > 40) return false
  return wonVotePattern.test(text.slice(start, last))
}
const putOffs = words(putOffEndings)

/** How far a step to take first may run before `后` and the ending that puts the matter off (`征求各方意见后再议`). */
const stepReach = 10

/**
 * The ending that puts the matter off (see `putOffEndings`) where it ends the clause from `start`,
 * alone or after a step that opens with a revision or `待` and ends in `后` (`修改后再议`); or null.
 * (Not `请X修改后再议`: the clause opens with whom it asks.)
 */
function putOff(text: string, start: number, end: number): string | null {
  const last = trim(text, start, end).end
  const alone = putOffs.at(text, start)
  if (alone !== undefined) return start + alone.length === last ? alone : null
  if (!(text.charAt(start) === '待' || revisionWords.some((word) => text.startsWith(word, start)))) return null
  for (let at = start + 2; at < Math.min(last, start + stepReach); at++) {
    if (text.charAt(at) !== '后') continue
    const ending = putOffs.at(text, at + 1)
    if (ending !== undefined && at + 1 + ending.length === last) return ending
  }
  return null
}

/**
 * Whether an outcome ending at `at` describes a noun after it (`不予同意的意见`), perhaps with its
 * verb (`部分试点暂缓推进的原因`), rather than deciding.
 */
function describes(text: string, at: number): boolean {
  return text.charAt(at) === '的' || (text.charAt(at + 2) === '的' && isIdeograph(text.charCodeAt(at)) && isIdeograph(text.charCodeAt(at + 1)))
}

/** Whether the object of `认可` from `start` to a clause's `end` is work done or what it achieved (see `praisedObjects`). */
function praises(text: string, start: number, end: number): boolean {
  let last = end
  while (last > start && '。;,.!! '.includes(text.charAt(last - 1))) last--
  return praised.before(text, last) !== undefined
}

/** Outcomes with the verb of granting, which may follow the matter that `对` puts first (`对…不予同意`). */
const grantedOutcomes = [...grantingOutcomes, '予以保留', '予以采纳', '表示同意', '不同意', '同意']

/**
 * The granting outcome (see `grantedOutcomes`) after `对` and its matter, in a clause from `start` to `end`;
 * or null. Not a consent sought or got (`征得同意`, `经同意`, `求同意`).
 */
function grantedOutcome(text: string, start: number, end: number): string | null {
  for (const outcome of grantedOutcomes) {
    const at = indexWithin(text, outcome, start, end)
    if (at !== -1 && !'得经求'.includes(text.charAt(at - 1))) return outcome
  }
  return null
}

/** Whether what follows an outcome up to `end` only names the list after its colon: `了以下议案:`, `如下事项:`. */
function announcesList(text: string, start: number, end: number): boolean {
  let stop = end
  while (stop > start && text.charAt(stop - 1) === ' ') stop--
  const colon = text.charAt(stop - 1) === ':' || text.charAt(stop) === ':'
  return colon && /^了?(?:以下|如下)[\u4e00-\u9fff]{0,6}:?$/.test(text.slice(start, stop))
}

function decision(doc: Doc, open: Open): Decision {
  const position = doc.normPosition(open.start, open.end)
  return {
    text: doc.source.slice(position.start.offset, position.end.offset),
    verb: open.verb ?? open.cue,
    position
  }
}
