"""Sentences of the debriefs of the Six parties and History pages.

Codes come from ``sim.debrief_sixparty`` (``sixparty_*``) and ``sim.debrief_history``
(``history_*``) and are rendered by ``dashboard.debrief``: one template ``debrief.<code>``
per code, filled with the finding's values; party codes, probe levers
(``debrief.param.<lever>``) and coded values (``debrief.term.<group>.<value>``: outcome
classes, series, periods, episodes) are translated first. The page key at the end
(``sixparty.debrief.probe``) labels what the Six parties page adds below its debrief.
"""

_SHARES_EN = (
    "All classes: comprehensive deal {share_comprehensive_deal:.0%}, freeze deal "
    "{share_freeze_deal:.0%}, stalemate {share_stalemate:.0%}, escalation crisis "
    "{share_escalation_crisis:.0%}, de facto nuclear state {share_de_facto_nuclear_state:.0%}."
)
_SHARES_ZH = (
    "各类结果：全面协议{share_comprehensive_deal:.0%}，冻结协议{share_freeze_deal:.0%}，"
    "僵局{share_stalemate:.0%}，升级危机{share_escalation_crisis:.0%}，"
    "事实上的有核国家{share_de_facto_nuclear_state:.0%}。"
)

_OUTCOMES = {
    "comprehensive_deal": ("a comprehensive deal", "全面协议"),
    "freeze_deal": ("a freeze deal", "冻结协议"),
    "stalemate": ("stalemate", "僵局"),
    "escalation_crisis": ("an escalation crisis", "升级危机"),
    "de_facto_nuclear_state": ("a de facto nuclear state", "事实上的有核国家"),
}

_SERIES = {
    "missile_tests": ("missile-test events", "导弹试射次数"),
    "nuclear_tests": ("nuclear tests", "核试验次数"),
    "unsc_resolutions": ("UN sanctions resolutions", "联合国制裁决议"),
    "talks_quarters": ("quarters with talks", "有会谈的季度"),
    "agreements": ("US–DPRK agreements", "美朝协议"),
}

_EPISODES = {
    "famine": (
        "the famine and floods of 1994–1998 (the “Arduous March”): its DPRK economy moves "
        "only with sanctions, aid and recovery, never with harvests or disasters",
        "1994—1998年的饥荒与水灾（“苦难的行军”）：模型中朝鲜经济只随制裁、援助和自身恢复而变化，"
        "不受收成或自然灾害影响",
    ),
    "pandemic_closure": (
        "the pandemic border closure (January 2020 to August 2023): trade with China fell by "
        "about four fifths and diplomats left, but the model has no closed border",
        "疫情期间的边境封闭（2020年1月至2023年8月）：朝中贸易减少约五分之四，外交人员撤离，"
        "而模型中没有封闭边境这一机制",
    ),
    "russia_arms": (
        "the DPRK's munitions and troops for Russia's war in Ukraine and the 2024 treaty: "
        "the model's Russia can shield the DPRK and stop enforcing sanctions, but there is no "
        "arms trade or military cooperation in it",
        "朝鲜为俄罗斯在乌克兰的战争提供弹药和兵力以及2024年的条约：模型中的俄罗斯可以庇护朝鲜、"
        "停止执行制裁，但模型中没有军火贸易或军事合作",
    ),
}

STRINGS: dict[str, tuple[str, str]] = {
    # -- six parties ------------------------------------------------------------------
    "debrief.sixparty_outcome_dominant": (
        "Most runs ended in {outcome}: {count} of {runs} ({share:.0%}; 95 % interval "
        "{low:.0%}–{high:.0%}), clearly ahead of {runner_up} ({runner_up_share:.0%}). "
        + _SHARES_EN,
        "大多数运行以{outcome}告终：{runs}次中有{count}次（{share:.0%}；95%置信区间"
        "{low:.0%}—{high:.0%}），明显多于{runner_up}（{runner_up_share:.0%}）。" + _SHARES_ZH,
    ),
    "debrief.sixparty_outcome_leading": (
        "The most common ending was {outcome}: {count} of {runs} runs ({share:.0%}; 95 % "
        "interval {low:.0%}–{high:.0%}), but its interval overlaps that of {runner_up} "
        "({runner_up_share:.0%}), so more runs could change the order. " + _SHARES_EN,
        "最常见的结局是{outcome}：{runs}次运行中有{count}次（{share:.0%}；95%置信区间"
        "{low:.0%}—{high:.0%}），但其区间与{runner_up}（{runner_up_share:.0%}）的区间重叠，"
        "增加运行次数可能改变先后顺序。" + _SHARES_ZH,
    ),
    "debrief.sixparty_trust_broke": (
        "{side} lost trust in {other}: its trust fell below half its starting level "
        "({start:.2f}, so below {line:.3f}) in {broke} of {runs} runs, in {quarter} in the "
        "median of those runs. In the quarter it fell, the DPRK had tested in {tested:.0%} of "
        "them, sanctions were imposed in {sanctioned:.0%}, and an agreement broke in "
        "{breach:.0%}.",
        "{side}对{other}失去了信任：在{runs}次运行中有{broke}次，其信任跌破初始水平的一半（初始"
        "{start:.2f}，即低于{line:.3f}），这些运行中跌破时间的中位数为{quarter}。在跌破的当季，"
        "朝鲜进行了试验的占{tested:.0%}，遭到制裁的占{sanctioned:.0%}，有协议破裂的占{breach:.0%}。",
    ),
    "debrief.sixparty_trust_held": (
        "{side} never lost trust in {other}: in none of the {runs} runs did its trust fall "
        "below half its starting level ({start:.2f}, so {line:.3f}); median lowest "
        "{lowest:.2f}, median final {final:.2f}.",
        "{side}始终没有失去对{other}的信任：在全部{runs}次运行中，其信任都没有跌破初始水平的一半"
        "（初始{start:.2f}，即{line:.3f}）；最低值中位数{lowest:.2f}，最终值中位数{final:.2f}。",
    ),
    "debrief.sixparty_cycles": (
        "Sanction–test cycles — the DPRK tested and was sanctioned, then tested and was "
        "sanctioned again within a year, at least three times in a row — ran in {with_cycle} "
        "of {runs} runs ({share:.0%}; 95 % interval {low:.0%}–{high:.0%}): {episodes:.1f} "
        "episode(s) per run on average, {links:.1f} sanctioned tests each; the first began in "
        "{quarter} (median).",
        "“制裁—试验”循环（朝鲜试验后遭到制裁，一年内再次试验并再次遭到制裁，至少连续三次）出现在"
        "{runs}次运行中的{with_cycle}次（{share:.0%}；95%置信区间{low:.0%}—{high:.0%}）：平均每次运行"
        "{episodes:.1f}段，每段平均{links:.1f}次遭制裁的试验；第一段开始时间的中位数为{quarter}。",
    ),
    "debrief.sixparty_no_cycles": (
        "No sanction–test cycle ran: no run saw three sanctioned tests in a row, each within a "
        "year of the last (on average {sanctioned_tests:.1f} quarters per run had a test "
        "answered by sanctions; {runs} runs).",
        "没有出现“制裁—试验”循环：没有一次运行出现连续三次、每次间隔不超过一年的遭制裁试验"
        "（平均每次运行有{sanctioned_tests:.1f}个季度的试验招致了制裁；共{runs}次运行）。",
    ),
    "debrief.sixparty_talks": (
        "Talks were held in {talks:.1f} of {quarters} quarters per run on average "
        "({talks_share:.0%}), {six_party:.1f} of them six-party rounds.",
        "平均每次运行在{quarters}个季度中有{talks:.1f}个季度举行了谈判（{talks_share:.0%}），"
        "其中六方会谈{six_party:.1f}轮。",
    ),
    "debrief.sixparty_agreements": (
        "Agreements: {made:.1f} made per run on average; {with_agreement} of {runs} runs "
        "({share:.0%}; 95 % interval {low:.0%}–{high:.0%}) reached at least one. Per run, "
        "{broken_dprk:.1f} were broken by the DPRK and {broken_partners:.1f} by its partners.",
        "协议：平均每次运行达成{made:.1f}项；{runs}次运行中有{with_agreement}次（{share:.0%}；"
        "95%置信区间{low:.0%}—{high:.0%}）至少达成一项。平均每次运行由朝鲜破坏{broken_dprk:.1f}项，"
        "由其他各方破坏{broken_partners:.1f}项。",
    ),
    "debrief.sixparty_no_agreements": (
        "No run reached an agreement ({runs} runs).",
        "没有一次运行达成协议（共{runs}次运行）。",
    ),
    "debrief.sixparty_lever_top": (
        "The lever that mattered most was {parameter}: moving it from {start:.2f} to "
        "{value:.2f} changed the share of runs ending in {outcome} by {points:+.1f} percentage "
        "points (from {base:.0%}) and DPRK tests per run by {tests_change:+.1f} (from "
        "{base_tests:.1f}) — a quick probe over {runs} runs with the same random numbers.",
        "影响最大的因素是{parameter}：把它从{start:.2f}调到{value:.2f}，以{outcome}告终的运行比例变化了"
        "{points:+.1f}个百分点（原为{base:.0%}），每次运行的朝鲜试验次数变化了{tests_change:+.1f}"
        "（原为{base_tests:.1f}）——基于{runs}次使用相同随机数的快速重演。",
    ),
    "debrief.sixparty_lever_effect": (
        "{parameter} from {start:.2f} to {value:.2f}: {points:+.1f} percentage points, "
        "{tests_change:+.1f} tests per run.",
        "{parameter}从{start:.2f}调到{value:.2f}：变化{points:+.1f}个百分点，每次运行试验次数变化"
        "{tests_change:+.1f}。",
    ),
    "debrief.sixparty_levers_no_effect": (
        "None of the levers probed (China's and Russia's enforcement, US–DPRK trust, the "
        "DPRK's self-excitation) changed the share of runs ending in {outcome} ({base:.0%}; "
        "{runs} runs with the same random numbers). The one that moved testing most was "
        "{parameter}: from {start:.2f} to {value:.2f}, DPRK tests per run changed by "
        "{tests_change:+.1f} (from {base_tests:.1f}).",
        "所检验的因素（中国和俄罗斯的制裁执行力度、美朝互信、朝鲜的自我激励）都没有改变以{outcome}"
        "告终的运行比例（{base:.0%}；{runs}次使用相同随机数的运行）。对试验次数影响最大的是{parameter}："
        "从{start:.2f}调到{value:.2f}，每次运行的朝鲜试验次数变化了{tests_change:+.1f}"
        "（原为{base_tests:.1f}）。",
    ),
    "debrief.param.cn_enforcement": ("China's sanctions enforcement", "中国的制裁执行力度"),
    "debrief.param.ru_enforcement": ("Russia's sanctions enforcement", "俄罗斯的制裁执行力度"),
    "debrief.param.us_kp_trust": ("initial US–DPRK trust", "美朝初始互信"),
    "debrief.param.self_excitation": ("the DPRK's self-excitation (a test inviting the next)",
                                      "朝鲜的自我激励（一次试验引发下一次）"),
    # -- history ----------------------------------------------------------------------
    "debrief.history_fit_best": (
        "Over {first}–{last} ({period}) the model fits {series} best: relative squared error "
        "{error:.2f} (0 is a perfect fit; forecasting no events at all scores just under 1). "
        "The record has {record:.0f} in total, the model {model:.1f} on average.",
        "在{first}—{last}年（{period}），模型对{series}的拟合最好：相对平方误差{error:.2f}"
        "（0表示完全吻合；预测全无事件的得分略低于1）。记录合计{record:.0f}，模型平均{model:.1f}。",
    ),
    "debrief.history_fit_worst": (
        "Over {first}–{last} ({period}) it fits {series} worst: relative squared error "
        "{error:.2f}; the record has {record:.0f} in total, the model {model:.1f} on average.",
        "在{first}—{last}年（{period}），模型对{series}的拟合最差：相对平方误差{error:.2f}；"
        "记录合计{record:.0f}，模型平均{model:.1f}。",
    ),
    "debrief.history_fit_even": (
        "Over {first}–{last} ({period}) every series fits equally well or badly (relative "
        "squared error {error:.2f}).",
        "在{first}—{last}年（{period}），各序列的拟合程度相同（相对平方误差{error:.2f}）。",
    ),
    "debrief.history_biggest_miss": (
        "The biggest miss is {series} in {year} ({period}): the record has {record:.0f}, the "
        "model {model:.1f} on average (5–95 % band {low:.1f}–{high:.1f}; the record lies "
        "{outside}).",
        "偏差最大的是{year}年的{series}（{period}）：记录为{record:.0f}，模型平均为{model:.1f}"
        "（5%—95%区间{low:.1f}—{high:.1f}；记录{outside}）。",
    ),
    "debrief.history_left_out": (
        "The model leaves out {episode}. In {first}–{last} its largest gap is in {series}: "
        "record {record:.0f}, model {model:.1f} in total.",
        "模型没有包含{episode}。在{first}—{last}年，其最大偏差在{series}：记录合计{record:.0f}，"
        "模型合计{model:.1f}。",
    ),
    "debrief.history_left_out_none": (
        "None of the episodes the model is known to leave out (the famine of 1994–98, the "
        "pandemic border closure of 2020–23, arms for Russia's war) falls in {first}–{last}.",
        "已知模型未包含的事件（1994—98年的饥荒、2020—23年的疫情封关、为俄罗斯战争提供军火）"
        "都不在{first}—{last}年之内。",
    ),
    "debrief.term.outside.1": ("outside the band", "在区间之外"),
    "debrief.term.outside.0": ("inside the band", "在区间之内"),
    "debrief.term.period.in_sample": ("in sample", "样本内"),
    "debrief.term.period.out_of_sample": ("out of sample", "样本外"),
    **{f"debrief.term.outcome.{k}": v for k, v in _OUTCOMES.items()},
    **{f"debrief.term.series.{k}": v for k, v in _SERIES.items()},
    **{f"debrief.term.episode.{k}": v for k, v in _EPISODES.items()},
    # -- what the pages add -----------------------------------------------------------
    "sixparty.debrief.probe": (
        "The debrief's last lines come from a quick probe: {runs} extra runs for each of four "
        "levers moved by a step.",
        "复盘的最后几条来自快速检验：四个因素各调整一步，每次另行运行{runs}次。",
    ),
}
