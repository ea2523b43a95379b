"""Sentences of the rule-based debrief (``sim.debrief`` codes, rendered by ``dashboard.debrief``).

One key per finding code, ``debrief.<code>``; its fields are the finding's values, with
party codes, causes and parameter names already translated. Causes and parameter names have
their own keys below.
"""

STRINGS: dict[str, tuple[str, str]] = {
    "debrief.title": ("Debrief", "复盘"),
    "debrief.intro": (
        "What these results say, read by fixed rules from the run itself: the same run "
        "always gives the same debrief.",
        "按固定规则从本次运行结果中读出的要点：同样的运行总是得到同样的复盘。",
    ),
    "debrief.nothing_broke": (
        "Nothing broke: neither side's trust fell below 50%, and no sanction–test cycle "
        "started.",
        "没有出现破裂：双方的信任都没有跌破50%，也没有出现“制裁—试验”循环。",
    ),
    "debrief.trust_broke": (
        "In round {round} {side} stopped trusting {other}: its trust fell from {before:.0%} "
        "to {after:.0%} after {cause}.",
        "第{round}轮，{side}不再信任{other}：其信任从{before:.0%}跌至{after:.0%}，起因是{cause}。",
    ),
    "debrief.trust_held": (
        "{side} kept trusting {other}: its trust never fell below 50% (lowest {lowest:.0%}, "
        "final {final:.0%}).",
        "{side}始终信任{other}：信任从未跌破50%（最低{lowest:.0%}，最终{final:.0%}）。",
    ),
    "debrief.trust_built": (
        "{side} started out wary of {other} ({prior:.0%}), but its trust rose above 50% in "
        "round {round} and ended at {final:.0%}.",
        "{side}起初对{other}心存戒备（{prior:.0%}），但其信任在第{round}轮升至50%以上，"
        "最终为{final:.0%}。",
    ),
    "debrief.trust_started_low": (
        "{side} distrusted {other} from the start ({prior:.0%}) and never came to trust it: "
        "its trust ended at {final:.0%}.",
        "{side}从一开始就不信任{other}（{prior:.0%}），此后也始终没有建立信任：最终信任为{final:.0%}。",
    ),
    "debrief.cause.trust.defection": (
        "a deliberate defection by {other}", "{other}的一次蓄意背叛"),
    "debrief.cause.trust.noise": (
        "a noise flip: {other} meant to cooperate, but the move went wrong",
        "一次噪声失误：{other}本想合作，行动却出了错",
    ),
    "debrief.cause.trust.misperception": (
        "a misperception: {other} cooperated, but {side} saw a defection",
        "一次误判：{other}其实选择了合作，{side}却看成了背叛",
    ),
    "debrief.cause.trust.seen_cooperation": (
        "seeing {other} cooperate (the trust model's error rate is above the hostile type's "
        "defection rate)",
        "看到{other}合作（信任模型中的失误率高于敌对类型的背叛率）",
    ),
    "debrief.equilibrium_nearest": (
        "Play sat nearest to the stage game's equilibrium in which {equilibrium} "
        "(total-variation distance {distance:.2f}; 0 means the same, 1 nothing in common). "
        "Share of rounds: both cooperated {cc:.0%}, only {column} defected {cd:.0%}, only "
        "{row} defected {dc:.0%}, both defected {dd:.0%}.",
        "实际对局最接近单阶段博弈中的这一均衡：{equilibrium}（总变差距离{distance:.2f}；"
        "0表示完全相同，1表示毫无重合）。各结果所占轮次：双方合作{cc:.0%}，仅{column}背叛{cd:.0%}，"
        "仅{row}背叛{dc:.0%}，双方背叛{dd:.0%}。",
    ),
    "debrief.eq.pure": ("{row} chooses {row_action} and {column} chooses {column_action}",
                        "{row}选择{row_action}，{column}选择{column_action}"),
    "debrief.eq.mixed": (
        "{row} chooses {row_action} with probability {p:.0%} and {column} chooses "
        "{column_action} with probability {q:.0%}",
        "{row}以{p:.0%}的概率选择{row_action}，{column}以{q:.0%}的概率选择{column_action}",
    ),
    "debrief.cooperation_closer": (
        "Yet play was closer to mutual cooperation (distance {distance_cooperation:.2f}) than "
        "to any equilibrium ({distance_equilibrium:.2f}). Mutual cooperation is not an "
        "equilibrium of the stage game: only the repetition — the shadow of the future — "
        "held it up.",
        "但实际对局离相互合作更近（距离{distance_cooperation:.2f}），离任何均衡都更远"
        "（{distance_equilibrium:.2f}）。相互合作并不是单阶段博弈的均衡：只有重复互动——"
        "“未来的影子”——才能维持它。",
    ),
    "debrief.cooperation_is_equilibrium": (
        "Mutual cooperation is itself an equilibrium of this stage game (play's distance "
        "from it: {distance_cooperation:.2f}): the difficulty here is coordination and "
        "trust, not temptation.",
        "在这一单阶段博弈中，相互合作本身就是一个均衡（实际对局与它的距离："
        "{distance_cooperation:.2f}）：这里的难题在于协调与信任，而不在于背叛的诱惑。",
    ),
    "debrief.cycle_started": (
        "A sanction–test cycle started in round {round} and lasted {length} rounds "
        "({episodes} episode(s), {cycle_rounds} rounds in all). It was set off by {cause}.",
        "“制裁—试验”循环始于第{round}轮，持续了{length}轮（共{episodes}段，合计{cycle_rounds}轮）。"
        "触发它的是{cause}。",
    ),
    "debrief.cause.cycle.noise": (
        "a noise flip in round {cause_round}: {actor} meant to cooperate, but the move went "
        "wrong",
        "第{cause_round}轮的一次噪声失误：{actor}本想合作，行动却出了错",
    ),
    "debrief.cause.cycle.misperception": (
        "a misperception in round {cause_round}: {actor} saw a defection that had not "
        "happened, and answered it",
        "第{cause_round}轮的一次误判：{actor}看到了并未发生的背叛，并作出了回应",
    ),
    "debrief.cause.cycle.deliberate": (
        "a deliberate defection by {actor} in round {cause_round}",
        "{actor}在第{cause_round}轮的蓄意背叛",
    ),
    "debrief.no_cycle": (
        "No sanction–test cycle started: {rounds} rounds saw {exchanges} one-sided "
        "defection(s), never three answering each other in a row.",
        "没有出现“制裁—试验”循环：{rounds}轮中共有{exchanges}次单方背叛，但从未连续三次相互回应。",
    ),
    "debrief.assumption_top": (
        "The assumption that mattered most was {parameter}: moving it from {start:.2f} to "
        "{value:.2f} changed mutual cooperation by {points:+.1f} percentage points (from "
        "{base:.0%}; a quick probe over {replicates} replays with the same random numbers).",
        "影响最大的假设是{parameter}：把它从{start:.2f}调到{value:.2f}，相互合作的比例变化了"
        "{points:+.1f}个百分点（原为{base:.0%}；基于{replicates}次使用相同随机数的快速重演）。",
    ),
    "debrief.assumption_effect": (
        "{parameter} from {start:.2f} to {value:.2f}: mutual cooperation {points:+.1f} "
        "percentage points.",
        "{parameter}从{start:.2f}调到{value:.2f}：相互合作变化{points:+.1f}个百分点。",
    ),
    "debrief.assumptions_no_effect": (
        "None of the probed assumptions (noise, misperception, trust prior, discount factor) "
        "changed mutual cooperation ({base:.0%}) in a quick probe over {replicates} replays.",
        "在基于{replicates}次重演的快速检验中，所检验的假设（噪声、误判、初始信任、贴现因子）"
        "都没有改变相互合作的比例（{base:.0%}）。",
    ),
    "debrief.param.noise": ("implementation noise ε", "执行噪声 ε"),
    "debrief.param.misperception": ("misperception μ", "误判 μ"),
    "debrief.param.trust_prior": ("the trust prior", "初始信任（先验）"),
    "debrief.param.discount": ("the discount factor δ", "贴现因子 δ"),
    "debrief.action.US.C": ("engage", "接触"),
    "debrief.action.US.D": ("pressure", "施压"),
    "debrief.action.KP.C": ("restrain", "克制"),
    "debrief.action.KP.D": ("provoke", "挑衅"),
    "debrief.action.any.C": ("cooperate", "合作"),
    "debrief.action.any.D": ("defect", "背叛"),
}
