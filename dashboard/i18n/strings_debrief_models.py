"""Sentences of the stage-game and sequencing debriefs (``sim.debrief_game``, ``sim.debrief_sequencing``).

One key per finding code, ``debrief.<code>``, rendered by ``dashboard.debrief``; party
codes, game types and orders arrive already translated.
"""

STRINGS: dict[str, tuple[str, str]] = {
    # -- stage game: the type and what it means for the deadlock (C1) ------------------
    "debrief.game_type": ("Game type: {game_type}.", "博弈类型：{game_type}。"),
    "debrief.game_type_asymmetric": (
        "Game type: {game_type}. Read on its own payoffs, {row}'s game is: {row_type}; "
        "{column}'s: {column_type}.",
        "博弈类型：{game_type}。单看各自的收益，{row}面对的是：{row_type}；{column}面对的是：{column_type}。",
    ),
    "debrief.game_type_not_2x2": (
        "This is a {rows}×{columns} game: the named 2×2 types (prisoner's dilemma, chicken, …) "
        "do not apply, so read its equilibria and dominance below.",
        "这是一个{rows}×{columns}博弈：囚徒困境、懦夫博弈等2×2类型并不适用，请看下面的均衡与占优分析。",
    ),
    "debrief.game_c1_dilemma": (
        "What this means for the deadlock: defecting pays each side whatever the other does, "
        "so mutual distrust is the equilibrium even though both would gain by cooperating "
        "together. More trust alone cannot break it; only repetition (the shadow of the "
        "future) or outside enforcement can (Axelrod 1984; Jervis 1978).",
        "这对僵局意味着：无论对方怎么做，背叛对每一方都更有利，因此即便双方一起合作都能获益，"
        "相互不信任仍是均衡。单靠增加信任无法打破它，只有重复博弈（“未来的阴影”）或外部约束才行"
        "（阿克塞尔罗德1984；杰维斯1978）。",
    ),
    "debrief.game_c1_assurance": (
        "What this means for the deadlock: mutual cooperation is itself an equilibrium. Each "
        "side cooperates if it trusts the other enough, so the deadlock is a failure of "
        "assurance that building trust can cure (Jervis 1978; Kydd 2005).",
        "这对僵局意味着：相互合作本身就是一个均衡。只要足够信任对方，每一方都会合作，"
        "因此僵局源于缺乏安全保证，建立信任就能化解（杰维斯1978；基德2005）。",
    ),
    "debrief.game_c1_chicken": (
        "What this means for the deadlock: each side wants the other to back down. Both "
        "stable outcomes have a winner and a loser, so the deadlock is a contest of resolve: "
        "each tries to commit first, and if both stand firm they collide (Schelling 1960).",
        "这对僵局意味着：每一方都希望对方先退让。两个稳定结果都是一胜一负，因此僵局是一场意志的"
        "较量：双方都想抢先作出承诺，若都坚持到底就会相撞（谢林1960）。",
    ),
    "debrief.game_c1_deadlock": (
        "What this means for the deadlock: both sides prefer mutual defection to mutual "
        "cooperation. The stalemate comes from what each side wants, not from distrust, so "
        "more trust would not change it (Snyder & Diesing 1977).",
        "这对僵局意味着：双方都宁愿相互背叛而不愿相互合作。僵持源于各自的利益诉求而非不信任，"
        "因此增加信任也改变不了它（斯奈德与迪辛1977）。",
    ),
    "debrief.game_c1_harmony": (
        "What this means for the deadlock: cooperating is best for each side whatever the "
        "other does. A deadlock in this game would have to come from misperception, not from "
        "the interests in the table.",
        "这对僵局意味着：无论对方怎么做，合作对每一方都是最优的。若在这种博弈中出现僵局，"
        "原因只能是误判，而不是表中的利益。",
    ),
    "debrief.game_c1_bully": (
        "What this means for the deadlock: one side (the deadlock player) defects whatever "
        "happens and the other (the chicken player) does best to give in, so the standoff "
        "ends in capitulation, not trust (Snyder & Diesing 1977).",
        "这对僵局意味着：一方（僵局型）无论如何都会背叛，另一方（懦夫型）的最优选择是让步，"
        "因此对峙以屈服而非信任告终（斯奈德与迪辛1977）。",
    ),
    "debrief.game_c1_called_bluff": (
        "What this means for the deadlock: one side (the prisoner's-dilemma player) defects "
        "whatever happens and the other (the chicken player) backs down rather than collide: "
        "its bluff is called (Snyder & Diesing 1977).",
        "这对僵局意味着：一方（囚徒困境型）无论如何都会背叛，另一方（懦夫型）宁可退让也不愿相撞——"
        "它的虚张声势被识破了（斯奈德与迪辛1977）。",
    ),
    "debrief.game_c1_coordination": (
        "What this means for the deadlock: each side would rather one of them moved than both "
        "hold back, but they disagree on who: a problem of coordination more than of distrust "
        "(Rapoport 1967).",
        "这对僵局意味着：双方都宁愿有一方先动而不是都按兵不动，但在由谁先动上存在分歧——这更多是"
        "协调问题，而不是信任问题（拉波波特1967）。",
    ),
    # -- stage game: equilibria, dominance, patience, trust ----------------------------
    "debrief.game_equilibria": (
        "Nash equilibria found: {count} ({pure} in pure strategies, {mixed} mixed).",
        "共找到{count}个纳什均衡（纯策略{pure}个，混合策略{mixed}个）。",
    ),
    "debrief.game_equilibria_continuum": (
        "The equilibria are not isolated: they fill {sets} continuous set(s) spanned by "
        "{count} extreme equilibria, described below.",
        "均衡并不是孤立的点：它们构成{sets}个连续的集合，由下面列出的{count}个端点均衡张成。",
    ),
    "debrief.game_eq_efficient": (
        "Equilibrium {number} ({row} plays {row_play}, {column} plays {column_play}; payoffs "
        "{row_payoff:.3g} and {column_payoff:.3g}) is Pareto-efficient: no outcome gives both "
        "sides at least as much and one of them more.",
        "均衡{number}（{row}选择{row_play}，{column}选择{column_play}；收益分别为{row_payoff:.3g}和"
        "{column_payoff:.3g}）是帕累托有效的：没有哪个结果能让双方都不少得、且至少一方多得。",
    ),
    "debrief.game_eq_inefficient": (
        "Equilibrium {number} ({row} plays {row_play}, {column} plays {column_play}; payoffs "
        "{row_payoff:.3g} and {column_payoff:.3g}) is not Pareto-efficient: "
        "({better_row_action}, {better_column_action}) would give {better_row_payoff:.3g} and "
        "{better_column_payoff:.3g}.",
        "均衡{number}（{row}选择{row_play}，{column}选择{column_play}；收益分别为{row_payoff:.3g}和"
        "{column_payoff:.3g}）不是帕累托有效的：（{better_row_action}，{better_column_action}）"
        "可带来{better_row_payoff:.3g}和{better_column_payoff:.3g}。",
    ),
    "debrief.game_eq_more": (
        "Only the first {shown} of the {count} equilibria are described here; the table lists "
        "them all.",
        "这里只描述了{count}个均衡中的前{shown}个；完整列表见均衡表。",
    ),
    "debrief.game_dominant_strict": (
        "{side} has a strictly dominant strategy: {action} pays it more whatever the other "
        "side does.",
        "{side}有严格占优策略：无论对方怎么做，“{action}”给它的收益都更高。",
    ),
    "debrief.game_dominant_weak": (
        "{side} has a weakly dominant strategy: {action} never pays it less, and sometimes "
        "more, whatever the other side does.",
        "{side}有弱占优策略：无论对方怎么做，“{action}”给它的收益从不更低，有时更高。",
    ),
    "debrief.game_no_dominant": (
        "{side} has no dominant strategy: its best move depends on what it expects the other "
        "side to do.",
        "{side}没有占优策略：它的最优行动取决于它对另一方行动的预期。",
    ),
    "debrief.game_dilemma": (
        "This is a dilemma: following their dominant strategies, {row} plays {row_action} and "
        "{column} plays {column_action} for {row_payoff:.3g} and {column_payoff:.3g}, although "
        "({better_row_action}, {better_column_action}) would give both more "
        "({better_row_payoff:.3g} and {better_column_payoff:.3g}). Each side's caution is "
        "rational on its own and costly for both — mutual distrust (C1) in one table.",
        "这是一个困境：按照各自的占优策略，{row}选择“{row_action}”，{column}选择“{column_action}”，"
        "收益为{row_payoff:.3g}和{column_payoff:.3g}；而（{better_row_action}，"
        "{better_column_action}）能让双方都得到更多（{better_row_payoff:.3g}和"
        "{better_column_payoff:.3g}）。每一方的谨慎单独看都是理性的，合起来却让双方受损——"
        "一张表里的相互不信任（C1）。",
    ),
    "debrief.game_patience": (
        "In repeated play, the threat of lasting punishment (grim trigger) can sustain "
        "cooperation if both sides value the future at a discount factor of at least "
        "δ* = (T − R)/(T − P) = {delta:.3g}; {side} is the harder to hold.",
        "在重复博弈中，如果双方对未来的贴现因子都不低于 δ* = (T − R)/(T − P) = {delta:.3g}，"
        "“永久惩罚”（冷酷触发）的威胁就能维持合作；{side}更难被约束住。",
    ),
    "debrief.game_patience_needless": (
        "Cooperation needs no threat to last: neither side gains by defecting on a cooperator "
        "(T ≤ R), so no patience threshold applies.",
        "合作无需威胁就能持续：任何一方背叛合作者都得不到好处（T ≤ R），因此不存在耐心阈值。",
    ),
    "debrief.game_patience_impossible": (
        "No amount of patience sustains cooperation in repeated play: for {side} mutual "
        "defection is no worse than mutual cooperation (P ≥ R), so the threat of punishment "
        "holds nothing.",
        "在重复博弈中，再多的耐心也无法维持合作：对{side}来说，相互背叛并不比相互合作差（P ≥ R），"
        "因此惩罚的威胁毫无约束力。",
    ),
    "debrief.game_patience_not_2x2": (
        "The repeated-play thresholds are defined for 2×2 games (one cooperative and one "
        "defecting action per side), so none is computed here.",
        "重复博弈的阈值只针对2×2博弈（每方一个合作行动和一个背叛行动）定义，因此这里不作计算。",
    ),
    "debrief.game_trust": (
        "Trust decides it: a trustworthy side cooperates only if it believes with probability "
        "at least π* = {threshold:.2f} that the other side is trustworthy too ({side} needs "
        "the most; Kydd 2005).",
        "信任起决定作用：守信的一方只有在至少以 π* = {threshold:.2f} 的概率相信对方也守信时才会合作"
        "（{side}所需最高；基德2005）。",
    ),
    # -- sequencing ------------------------------------------------------------------
    "debrief.seq_easiest": (
        "The order that needs the least trust is {order}: it holds from a trust of "
        "{min_trust:.2f}. Orders self-enforcing at the trust chosen ({trust:.2f}): {holding} "
        "of {orders}.",
        "所需信任最低的次序是“{order}”：信任达到{min_trust:.2f}即可成立。在所选信任度"
        "（{trust:.2f}）下，{orders}种次序中有{holding}种能够自我执行。",
    ),
    "debrief.seq_no_order": (
        "None of the {orders} orders is self-enforcing at any level of trust: the agreement "
        "as written cannot hold on its own.",
        "{orders}种次序在任何信任水平下都无法自我执行：按现有条款，这项协议无法单靠自身维持。",
    ),
    "debrief.seq_holds": (
        "In the order {order} the agreement holds: at a trust of {trust:.2f} every step is "
        "worth performing for its mover (it needs at least {min_trust:.2f}).",
        "按“{order}”次序，协议能够成立：在信任度{trust:.2f}下，每一步对执行方都值得去做"
        "（至少需要{min_trust:.2f}）。",
    ),
    "debrief.seq_fails_walk": (
        "In the order {order} the agreement does not hold at a trust of {trust:.2f}: at stage "
        "{stage}, {side} does better to walk away.",
        "按“{order}”次序，在信任度{trust:.2f}下协议无法成立：在第{stage}阶段，{side}退出更为有利。",
    ),
    "debrief.seq_fails_cheat": (
        "In the order {order} the agreement does not hold at a trust of {trust:.2f}: at stage "
        "{stage}, {side} does better to claim steps it does not perform, because cheating is "
        "not likely enough to be caught.",
        "按“{order}”次序，在信任度{trust:.2f}下协议无法成立：在第{stage}阶段，{side}声称执行而"
        "实际不做更为有利，因为作弊被发现的可能性不够大。",
    ),
    "debrief.seq_fails": (
        "In the order {order} the agreement does not hold at a trust of {trust:.2f}.",
        "按“{order}”次序，在信任度{trust:.2f}下协议无法成立。",
    ),
    "debrief.seq_never": (
        "No level of trust would make {order} hold with the other settings as they are.",
        "在其他设置不变的情况下，任何信任水平都无法让“{order}”成立。",
    ),
    "debrief.seq_fix_trust": (
        "One change that would make it hold: a trust of {needed:.2f} instead of {trust:.2f}.",
        "一个能让协议成立的改变：把信任从{trust:.2f}调到{needed:.2f}。",
    ),
    "debrief.seq_fix_verification": (
        "One change that would make it hold: verification of {needed:.0%} for every step.",
        "一个能让协议成立的改变：把每一步的可核查性设为{needed:.0%}。",
    ),
    "debrief.seq_fix_enforcement": (
        "One change that would make it hold: enforcement of {needed:.0%} instead of "
        "{enforcement:.0%} (the share of what it received that a caught violator forfeits).",
        "一个能让协议成立的改变：把惩戒力度从{enforcement:.0%}提高到{needed:.0%}"
        "（违约被发现方丧失其所得的比例）。",
    ),
    "debrief.seq_fix_phases": (
        "One change that would make it hold: action for action in {needed} phases instead of "
        "{phases}.",
        "一个能让协议成立的改变：把“行动对行动”的阶段数从{phases}改为{needed}。",
    ),
    "debrief.seq_no_fix": (
        "No single change of trust, verification, enforcement or phases makes {order} hold: it "
        "takes several changes at once, or another order.",
        "单独改变信任、可核查性、惩戒力度或阶段数都不足以让“{order}”成立：需要同时作出多项改变，"
        "或者换一种次序。",
    ),
    "debrief.seq_mc": (
        "Of {runs} simulated implementations of {order} (each side hostile with probability "
        "{hostile:.0%}), {completed:.0%} were completed and {broke:.0%} broke down; "
        "{hollow:.0%} were completed while a side cheated undetected.",
        "在“{order}”的{runs}次模拟实施中（每一方为敌意类型的概率为{hostile:.0%}），{completed:.0%}"
        "得以完成，{broke:.0%}中途破裂；另有{hollow:.0%}虽然完成，但其中一方的作弊未被发现。",
    ),
    "debrief.seq_mc_breakers": (
        "Who broke it first: the US in {us:.0%} of the runs, the DPRK in {kp:.0%}, both at the "
        "same stage in {both:.0%}; false alarms ended {false_alarm:.0%}. Breakdowns came most "
        "often at stage {stage} ({stage_share:.0%} of the runs).",
        "谁先破坏了协议：美方占全部模拟的{us:.0%}，朝方占{kp:.0%}，双方在同一阶段同时破坏占{both:.0%}；"
        "因误报而终止的占{false_alarm:.0%}。破裂最常发生在第{stage}阶段（占全部模拟的{stage_share:.0%}）。",
    ),
}
