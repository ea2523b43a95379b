"""Strings of the page "Play a party" (a student holds one of the six parties' postures,
quarter by quarter), its figures and its debrief (codes ``sixparty_seat_*`` of
``sim.seat_sixparty``, rendered by ``dashboard.debrief``)."""

_POSTURES = {
    "engagement": ("Engagement", "接触"),
    "conditional_engagement": ("Conditional engagement", "有条件接触"),
    "hardline": ("Hardline", "强硬路线"),
    "strategic_patience": ("Strategic patience", "战略忍耐"),
    "maximum_pressure": ("Maximum pressure", "极限施压"),
    "summit_diplomacy": ("Summit diplomacy", "首脑外交"),
    "calibrated_practical": ("Calibrated, practical approach", "校准务实路线"),
    "mediator": ("Mediator", "斡旋调解"),
    "strategic_partner": ("Strategic partner of the DPRK", "朝鲜的战略伙伴"),
    "brinkmanship": ("Brinkmanship", "边缘政策"),
    "military_first": ("Military first (songun)", "先军政治"),
    "byungjin": ("Byungjin: nuclear arms and economy together", "并进路线：核武与经济并举"),
    "economic_construction": ("All-out economic construction", "全力进行经济建设"),
    "nuclear_consolidation": ("Nuclear consolidation", "巩固核力量"),
}

_ABOUT = {
    "engagement": (
        "Clinton after the 1994 Agreed Framework (the Perry process); the Sunshine Policy of "
        "Kim Dae-jung and Roh Moo-hyun; Moon Jae-in.",
        "1994年《框架协议》之后的克林顿政府（佩里进程）；金大中、卢武铉的“阳光政策”；文在寅。"),
    "conditional_engagement": (
        "Clinton in 1993–94; Bush's second term with the Six-Party Talks (Christopher Hill); "
        "Kim Young-sam.",
        "1993—94年的克林顿政府；小布什第二任期的六方会谈（希尔）；金泳三。"),
    "hardline": (
        "Bush 2001–04 (the \"axis of evil\"); Lee Myung-bak; Park Geun-hye; Abe; Yoon Suk-yeol.",
        "2001—04年的小布什政府（“邪恶轴心”）；李明博；朴槿惠；安倍；尹锡悦。"),
    "strategic_patience": (
        "Obama 2009–16: no talks until the DPRK shows sincerity, sanctions meanwhile.",
        "2009—16年的奥巴马政府：朝鲜表现出诚意之前不谈判，同时维持制裁。"),
    "maximum_pressure": (
        "Trump 2017: \"maximum pressure and engagement\", \"fire and fury\".",
        "2017年的特朗普政府：“极限施压与接触”，“炮火与怒火”。"),
    "summit_diplomacy": (
        "Trump 2018–19: the Singapore, Hanoi and Panmunjom summits, with sanctions kept.",
        "2018—19年的特朗普政府：新加坡、河内和板门店会晤，同时维持制裁。"),
    "calibrated_practical": (
        "Biden 2021: a \"calibrated, practical approach\", talks without preconditions.",
        "2021年的拜登政府：“校准务实”的做法，无先决条件的对话。"),
    "mediator": (
        "China and Russia: a peaceful, negotiated settlement, the DPRK back at the table.",
        "中国和俄罗斯：和平谈判解决，让朝鲜回到谈判桌。"),
    "strategic_partner": (
        "Russia 2023–24: the Putin–Kim summits and the 2024 mutual-assistance treaty.",
        "2023—24年的俄罗斯：普京与金正恩会晤及2024年的互助条约。"),
    "brinkmanship": (
        "Kim Il Sung 1993–94: the notice of withdrawal from the NPT as a bargaining chip.",
        "1993—94年的金日成：以退出《不扩散核武器条约》的通知作为谈判筹码。"),
    "military_first": (
        "Kim Jong Il's songun line, 1995–2011: the deterrent built, talks kept open.",
        "1995—2011年金正日的先军路线：建立威慑力量，同时保持谈判渠道。"),
    "byungjin": (
        "The March 2013 plenum: nuclear and economic development at the same time.",
        "2013年3月全会：核武力量与经济建设同时推进。"),
    "economic_construction": (
        "The April 2018 plenum: \"all-out economic construction\" and a test moratorium.",
        "2018年4月全会：“集中全力进行经济建设”，暂停核试验和洲际导弹试射。"),
    "nuclear_consolidation": (
        "The December 2019 \"frontal breakthrough\", the 2022 nuclear forces law, the 2023–24 "
        "\"two hostile states\" line.",
        "2019年12月的“正面突破”、2022年的核力量政策法令、2023—24年的“两个敌对国家”路线。"),
}

_SERIES = {
    "tension": ("Tension", "紧张程度"),
    "capability": ("DPRK capability", "朝鲜核导能力"),
    "economy": ("DPRK economy (1 = baseline)", "朝鲜经济（1 = 基准水平）"),
    "effective_sanctions": ("Effective sanctions", "有效制裁"),
    "missile_tests": ("Missile-test events", "导弹试射次数"),
    "nuclear_tests": ("Nuclear tests", "核试验"),
    "sanctions": ("Sanctions rounds (UN and unilateral)", "制裁轮次（联合国与单边）"),
    "talks": ("Talks held (1 = yes)", "举行会谈（1 = 是）"),
    "made": ("Agreement made", "达成协议"),
    "broken": ("Agreement broken", "协议破裂"),
}

STRINGS: dict[str, tuple[str, str]] = {
    "nav.play_party": ("Play a party", "扮演一方"),
    "play_party.title": ("Play a party: the Six-Party Talks, quarter by quarter",
                         "扮演一方：六方会谈，逐季推进"),
    "play_party.intro": (
        "Take one of the six parties and choose its **policy posture** for each quarter; the "
        "model plays the other five as the scenario schedules them and decides, as it always "
        "does, how every party acts on its posture — tests, sanctions, talks, deals. You "
        "control only the posture: how hard your government presses and how open it is to "
        "talks (for the DPRK: how hard it drives testing, how freely it tests nuclear devices, "
        "how open it is). The same seed and the same postures replay the same game, so a "
        "class can compare.",
        "选择六方中的一方，为其逐季选择**政策姿态**；其余五方由模型按情景安排扮演，并像往常一样决定"
        "各方如何依据其姿态行事——试验、制裁、谈判、协议。你只控制政策姿态：你的政府施压有多强、"
        "对谈判有多开放（对朝鲜而言：试射的驱动力有多强、多大程度上会进行核试验、对谈判有多开放）。"
        "相同的随机种子加上相同的姿态会重现同一局，便于全班比较。"),
    "play_party.settings": ("Game settings", "对局设置"),
    "play_party.party": ("Your party", "你扮演的一方"),
    "play_party.scenario": ("Scenario", "情景"),
    "play_party.quarters": ("Quarters to play", "要进行的季度数"),
    "play_party.quarters_help": (
        "From the scenario's start; at most the scenario's horizon and at most {most}.",
        "从情景的起点开始；不超过情景的时长，且最多{most}个季度。"),
    "play_party.locked": (
        "The settings are locked while a game is in progress; press **New game** to change "
        "them.",
        "对局进行中，设置已锁定；如需修改，请点击**新的一局**。"),
    "play_party.new_game": ("New game", "新的一局"),
    "play_party.your_move": (
        "{quarter} (quarter {number} of {quarters}): choose the posture of {party}",
        "{quarter}（第{number}个季度，共{quarters}个）：为{party}选择政策姿态"),
    "play_party.posture": ("Posture for this quarter", "本季度的政策姿态"),
    "play_party.play": ("Play {quarter}", "进行{quarter}"),
    "play_party.numbers.state": ("pressure {pressure:.2f} · openness {openness:.2f}",
                                 "施压 {pressure:.2f} · 开放 {openness:.2f}"),
    "play_party.numbers.dprk": (
        "drive {drive:+.1f} · nuclear {nuclear:.1f} · openness {openness:.2f}",
        "驱动 {drive:+.1f} · 核试验 {nuclear:.1f} · 开放 {openness:.2f}"),
    "play_party.option": ("{name} — {numbers}", "{name}——取值：{numbers}"),
    "play_party.own_line": (
        "In the scenario, {party} holds **{posture}** in {quarter}.",
        "在情景中，{party}在{quarter}采取的是**{posture}**。"),
    "play_party.scheduled": ("Also scheduled for {quarter}: {changes}.",
                             "{quarter}的其他既定安排：{changes}。"),
    "play_party.change.posture": ("{party} turns to {posture}", "{party}转向{posture}"),
    "play_party.change.enforcement": ("{party} sets sanctions enforcement to {value:.2f}",
                                      "{party}将制裁执行力度设为{value:.2f}"),
    "play_party.change.acquiescence": ("{party} sets its UNSC acquiescence to {value:.2f}",
                                       "{party}将其在安理会的默许程度设为{value:.2f}"),
    "play_party.change.trade_share": ("{party}'s share of DPRK trade becomes {value:.2f}",
                                      "{party}占朝鲜贸易的份额变为{value:.2f}"),
    "play_party.postures_help": ("What the postures mean", "各政策姿态的含义"),
    "play_party.postures_caption": (
        "Numbers are ordinal judgements made for teaching, not estimates (0–1; the DPRK's "
        "drive shifts its log testing rate).",
        "数值是为教学所作的顺序性判断，而非估计值（0—1；朝鲜的“驱动”是其试射率对数的偏移量）。"),
    "play_party.col.posture": ("Posture", "政策姿态"),
    "play_party.col.numbers": ("Settings", "取值"),
    "play_party.col.about": ("Who held it", "历史上的例子"),
    "play_party.col.code": ("Link code", "链接代码"),
    "play_party.last": ("**{quarter}** — you held **{posture}**. {events}",
                        "**{quarter}**——你采取了**{posture}**。{events}"),
    "play_party.event.missiles": ("the DPRK tested missiles ({n} event(s))",
                                  "朝鲜试射导弹（{n}次）"),
    "play_party.event.nuclear": ("the DPRK tested a nuclear device", "朝鲜进行了核试验"),
    "play_party.event.unsc": ("the UN Security Council passed a sanctions resolution",
                              "联合国安理会通过了制裁决议"),
    "play_party.event.unilateral": ("{n} unilateral sanctions round(s)", "{n}轮单边制裁"),
    "play_party.event.talks1": ("US–DPRK talks met", "美朝举行了双边会谈"),
    "play_party.event.talks2": ("the six-party talks met", "六方会谈举行"),
    "play_party.event.made": ("an agreement was made", "达成了一项协议"),
    "play_party.event.broken": ("an agreement broke", "一项协议破裂"),
    "play_party.event.list": ("This quarter: {events}.", "本季度：{events}。"),
    "play_party.event.sep": ("; ", "；"),
    "play_party.event.quiet": ("A quiet quarter: no tests, no sanctions, no talks.",
                               "平静的一个季度：没有试验、没有制裁、没有会谈。"),
    "play_party.event.in_force.1": ("A freeze deal is in force.", "一项冻结协议正在生效。"),
    "play_party.event.in_force.2": ("A comprehensive deal is in force.", "一项全面协议正在生效。"),
    "play_party.metric.tension": ("Tension", "紧张程度"),
    "play_party.metric.capability": ("DPRK capability", "朝鲜核导能力"),
    "play_party.metric.tests": ("DPRK tests so far", "朝鲜累计试验"),
    "play_party.metric.trust_in": ("Your trust in {other}", "你对{other}的信任"),
    "play_party.metric.trust_from": ("{other}'s trust in you", "{other}对你的信任"),
    "play_party.history": ("Quarters so far", "已进行的季度"),
    "play_party.col.quarter": ("Quarter", "季度"),
    "play_party.col.chosen": ("Your posture", "你的姿态"),
    "play_party.col.tension": ("Tension", "紧张程度"),
    "play_party.col.capability": ("DPRK capability", "朝鲜核导能力"),
    "play_party.col.tests": ("DPRK tests", "朝鲜试验"),
    "play_party.col.sanctions": ("Sanctions rounds", "制裁轮次"),
    "play_party.col.talks": ("Talks", "会谈"),
    "play_party.col.agreement": ("Agreement", "协议"),
    "play_party.col.trust_in": ("Your trust in {other}", "你对{other}的信任"),
    "play_party.col.trust_from": ("{other}'s trust in you", "{other}对你的信任"),
    "play_party.talks.0": ("—", "—"),
    "play_party.talks.1": ("bilateral", "双边"),
    "play_party.talks.2": ("six-party", "六方"),
    "play_party.agreement.0": ("—", "—"),
    "play_party.agreement.1": ("freeze", "冻结"),
    "play_party.agreement.2": ("comprehensive", "全面"),
    "play_party.finished": (
        "Game over after {quarters} quarters: the game ends in **{outcome}** (seed {seed}; "
        "your postures: `{codes}`).",
        "{quarters}个季度后本局结束：结果为**{outcome}**（随机种子{seed}；你的姿态：`{codes}`）。"),
    "play_party.compare_caption": (
        "The same scenario and seed, played by the scenario's own schedule for your party "
        "(\"model's own path\") and with each posture held throughout. Same seed means the "
        "same dice in every quarter, so the differences are the postures' doing.",
        "同一情景、同一随机种子：你这一方按情景自身安排进行（“模型自身的路径”），以及始终保持每一种"
        "姿态。相同的随机种子意味着每个季度掷出的“骰子”相同，因此差异来自政策姿态本身。"),
    "play_party.compare_table": ("Your game beside the other paths", "你的对局与其他路径的比较"),
    "play_party.col.path": ("Path", "路径"),
    "play_party.col.outcome": ("Outcome", "结果"),
    "play_party.col.final_tension": ("Final tension", "期末紧张程度"),
    "play_party.col.all_tests": ("DPRK tests", "朝鲜试验"),
    "play_party.col.sanctions_rounds": ("Sanctions rounds", "制裁轮次"),
    "play_party.col.talks_rounds": ("Quarters with talks", "有会谈的季度"),
    "play_party.col.agreements": ("Agreements made", "达成的协议"),
    "play_party.path.you": ("You", "你"),
    "play_party.path.own": ("Model's own path", "模型自身的路径"),
    "play_party.path.fixed": ("Always {posture}", "始终{posture}"),
    "play_party.link.allowed": (
        "allowed: at most {quarters} short codes separated by commas, each one of {codes}",
        "允许值：最多{quarters}个以逗号分隔的简码，每个须为{codes}之一"),
    "play_party.link.quarters_allowed": (
        "allowed: a whole number from {low} to {high} for this scenario",
        "允许值：对本情景为{low}到{high}之间的整数"),
    "play_party.hand_in": (
        "To hand in or share this game, copy the link in the address bar: it holds the setup "
        "and your postures, and opens the same game at the same quarter.",
        "如需提交或分享本局，请复制地址栏中的链接：它包含设置和你的各季姿态，打开后会重现同一局、"
        "停在同一季度。"),
    "play_party.yaml.title": ("{title} — played as {party}", "{title}——扮演{party}"),
    "play_party.yaml.label": ("Chosen in play", "对局中的选择"),
    # -- figures ------------------------------------------------------------------------
    "play_party.fig.quarter": ("Quarter", "季度"),
    "play_party.fig.world.title": ("The peninsula so far", "半岛局势至今"),
    "play_party.fig.world.y": ("level (0–1; economy: 1 = baseline)",
                               "水平（0—1；经济：1 = 基准水平）"),
    "play_party.fig.world.legend": ("Series", "序列"),
    "play_party.fig.events.title": ("What happened, quarter by quarter", "逐季发生的事件"),
    "play_party.fig.events.y": ("events in the quarter (count)", "本季度事件（次数）"),
    "play_party.fig.events.legend": ("Event", "事件"),
    "play_party.fig.trust.title": ("Trust of {party}, quarter by quarter", "{party}的信任，逐季"),
    "play_party.fig.trust.y": ("trust (0–1)", "信任（0—1）"),
    "play_party.fig.trust.legend": ("Whose trust", "谁的信任"),
    "play_party.fig.trust.given": ("Your trust in the other five (mean)", "你对其他五方的信任（平均）"),
    "play_party.fig.trust.received": ("The other five's trust in you (mean)",
                                      "其他五方对你的信任（平均）"),
    "play_party.fig.trust.in": ("Your trust in {other}", "你对{other}的信任"),
    "play_party.fig.trust.from": ("{other}'s trust in you", "{other}对你的信任"),
    "play_party.fig.compare.tension.title": (
        "Final tension: your game against the other paths (same seed)",
        "期末紧张程度：你的对局与其他路径（相同随机种子）"),
    "play_party.fig.compare.tension.y": ("final tension, mean of the last four quarters (0–1)",
                                         "期末紧张程度，最后四个季度的平均（0—1）"),
    "play_party.fig.compare.tests.title": (
        "DPRK tests: your game against the other paths (same seed)",
        "朝鲜试验：你的对局与其他路径（相同随机种子）"),
    "play_party.fig.compare.tests.y": ("DPRK test events over the game (count)",
                                       "整局朝鲜试验次数（次）"),
    "play_party.fig.compare.x": ("Path (bar label: outcome class)", "路径（柱上标注：结果类别）"),
    "play_party.fig.compare.legend": ("Path", "路径"),
    "play_party.fig.compare.fixed": ("A posture held throughout", "始终保持某一姿态"),
    # -- debrief ------------------------------------------------------------------------
    "debrief.sixparty_seat_outcome": (
        "Playing the part of {side} for {quarters} quarters, the game ended in {outcome} "
        "(final tension {tension:.2f}): {missile_tests} missile-test events and {nuclear_tests} nuclear "
        "test(s), {sanctions_rounds} sanctions round(s), talks in {talks_rounds} quarter(s), "
        "{agreements_made} agreement(s) made and {agreements_broken} broken.",
        "你扮演{side}进行了{quarters}个季度，本局以{outcome}告终（期末紧张程度{tension:.2f}）："
        "导弹试射{missile_tests}次、核试验{nuclear_tests}次，制裁{sanctions_rounds}轮，"
        "{talks_rounds}个季度举行了会谈，达成协议{agreements_made}项、破裂{agreements_broken}项。"),
    "debrief.sixparty_seat_compare": (
        "By final tension your game ranks {rank} of {paths} paths (1 = calmest): {tension:.2f} "
        "with {tests} DPRK tests. The scenario's own path for {side} ended at {own_tension:.2f} "
        "with {own_tests} tests ({own_outcome}); the calmest posture held throughout was "
        "{best}, at {best_tension:.2f} with {best_tests} tests ({best_outcome}). Same seed, so "
        "the differences are the postures' doing.",
        "按期末紧张程度，你的对局在{paths}条路径中排第{rank}（1 = 最平静）：{tension:.2f}，"
        "朝鲜试验{tests}次。{side}按情景自身安排的路径期末为{own_tension:.2f}，试验{own_tests}次"
        "（{own_outcome}）；始终保持时最平静的姿态是{best}，期末{best_tension:.2f}，试验"
        "{best_tests}次（{best_outcome}）。随机种子相同，因此差异来自政策姿态本身。"),
    "debrief.sixparty_seat_trust_broke": (
        "The trust of {side} in {other} broke in {quarter}: it fell below half its starting level "
        "({start:.2f}, so below {line:.3f}). You held {posture} then; that quarter saw "
        "{tests} DPRK test(s), {sanctions} sanctions round(s) and {broken} broken "
        "agreement(s).",
        "{side}对{other}的信任在{quarter}破裂：跌破了初始水平的一半（初始{start:.2f}，即低于"
        "{line:.3f}）。当时你采取的是{posture}；该季度朝鲜试验{tests}次，制裁{sanctions}轮，"
        "协议破裂{broken}项。"),
    "debrief.sixparty_seat_trust_held": (
        "The trust of {side} in {other} never fell below half its starting level ({start:.2f}, so "
        "{line:.3f}): its lowest was {lowest:.2f} in {quarter}, its final value {final:.2f}.",
        "{side}对{other}的信任始终没有跌破初始水平的一半（初始{start:.2f}，即{line:.3f}）："
        "最低为{quarter}的{lowest:.2f}，最终为{final:.2f}。"),
    "debrief.sixparty_seat_pivot": (
        "The choice that moved final tension most was {quarter}: you held {posture} where the "
        "scenario has {own_posture}. With the scenario's posture in that quarter alone, final "
        "tension would have been {alternative:.2f} instead of {tension:.2f} (a change of "
        "{change:+.2f}; DPRK tests {tests_change:+d}). You departed from the scenario in "
        "{departures} quarter(s).",
        "对期末紧张程度影响最大的是{quarter}的选择：你采取了{posture}，而情景中是{own_posture}。"
        "若仅在该季度改用情景中的姿态，期末紧张程度将为{alternative:.2f}而不是{tension:.2f}"
        "（变化{change:+.2f}；朝鲜试验变化{tests_change:+d}次）。你在{departures}个季度偏离了情景。"),
    "debrief.sixparty_seat_pivot_none": (
        "You departed from the scenario's postures for {side} in {departures} of {quarters} "
        "quarters, but undoing any one departure alone changes neither final tension nor the "
        "DPRK's tests (the comparison above shows whether your postures mattered together).",
        "你在{quarters}个季度中有{departures}个偏离了情景为{side}安排的姿态，但单独撤销其中任何一个"
        "偏离，既不会改变期末紧张程度，也不会改变朝鲜的试验次数（上面的比较显示你的各季姿态合在一起"
        "是否起了作用）。"),
    "debrief.sixparty_seat_own_line": (
        "You held the scenario's own posture for {side} in all {quarters} quarters: this game "
        "is the model's own path.",
        "在全部{quarters}个季度中，你都采取了情景为{side}安排的姿态：本局就是模型自身的路径。"),
    "debrief.sixparty_seat_cycles": (
        "A sanction–test cycle ran — the DPRK tested and was sanctioned, then again within a "
        "year, at least three times in a row: {episodes} episode(s) with {links} sanctioned "
        "tests in all ({sanctioned_tests} in the game); the first began in {quarter}, when "
        "you held {posture}.",
        "出现了“制裁—试验”循环（朝鲜试验后遭到制裁，一年内再次试验并再次遭到制裁，至少连续三次）："
        "共{episodes}段，合计{links}次遭制裁的试验（全局共{sanctioned_tests}次）；第一段始于"
        "{quarter}，当时你采取的是{posture}。"),
    "debrief.sixparty_seat_no_cycles": (
        "No sanction–test cycle ran: {sanctioned_tests} of the {tests} quarter(s) with a DPRK "
        "test were answered by sanctions, never three in a row within a year of each other.",
        "没有出现“制裁—试验”循环：在朝鲜有试验的{tests}个季度中，有{sanctioned_tests}个招致了"
        "制裁，但从未出现间隔不超过一年、连续三次的情况。"),
    **{f"play_party.posture.{k}": v for k, v in _POSTURES.items()},
    **{f"play_party.about.{k}": v for k, v in _ABOUT.items()},
    **{f"play_party.series.{k}": v for k, v in _SERIES.items()},
}
