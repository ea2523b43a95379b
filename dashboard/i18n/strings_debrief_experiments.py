"""Sentences of the experiments' debrief (``sim.debrief_ensemble`` codes, rendered by
``dashboard.debrief``).

One key per finding code, ``debrief.<code>``. ``{outcome}`` and ``{unit}`` arrive as the
outcome's label and unit, ``{outcome_class}`` and ``{magnitude}`` as words; parameter
``{path}``s stay as written in the scenario file, as on the pages.
"""

STRINGS: dict[str, tuple[str, str]] = {
    # ensembles
    "debrief.ensemble_mean": (
        "{outcome} ({unit}): mean {mean:.3g} over {n} runs, with a 95 % confidence interval "
        "from {low:.3g} to {high:.3g}.",
        "{outcome}（{unit}）：{n} 次运行的平均值为 {mean:.3g}，95% 置信区间为 {low:.3g} 至 {high:.3g}。",
    ),
    "debrief.ensemble_share": (
        "{outcome}: in {hits} of {n} runs ({share:.1%}; 95 % Wilson interval {low:.1%} to "
        "{high:.1%}).",
        "{outcome}：{n} 次运行中有 {hits} 次（{share:.1%}；95% Wilson 区间 {low:.1%} 至 {high:.1%}）。",
    ),
    "debrief.ensemble_value": (
        "{outcome} ({unit}): {value:.4g}, the same in every run.",
        "{outcome}（{unit}）：{value:.4g}，每次运行都相同。",
    ),
    "debrief.ensemble_undefined": (
        "{outcome} is empty in all {runs} runs: the event it measures never happened.",
        "{outcome}在全部 {runs} 次运行中都为空：它所度量的事件从未发生。",
    ),
    "debrief.ensemble_missing": (
        "{outcome} is empty in {missing} of {runs} runs, where the event never happened; the "
        "mean is over the other runs.",
        "{outcome}在 {runs} 次运行中有 {missing} 次为空（该事件未发生）；平均值只按其余运行计算。",
    ),
    "debrief.ensemble_deterministic": (
        "This model is deterministic: every run gives the same numbers, so one run is enough "
        "and there is no interval to narrow.",
        "该模型是确定性的：每次运行结果都相同，因此运行一次就够了，也没有需要收窄的区间。",
    ),
    "debrief.ensemble_one_run": (
        "A single run shows one possible history of a random model, with no interval around "
        "it: run at least {suggested} times to see how the runs spread.",
        "单次运行只展示了随机模型的一种可能历史，无法给出区间：请至少运行 {suggested} 次，"
        "才能看出结果的分散程度。",
    ),
    "debrief.ensemble_identical": (
        "{outcome} was the same in all {runs} runs ({value:.4g}): at these settings chance "
        "plays no part in it.",
        "{outcome}在全部 {runs} 次运行中都相同（{value:.4g}）：在这些设置下，它不受随机因素影响。",
    ),
    "debrief.ensemble_spread": (
        "The runs spread out: one run in ten ends below {p10:.3g} and one in ten above "
        "{p90:.3g}; half end below {median:.3g}.",
        "各次运行结果较为分散：十分之一的运行低于 {p10:.3g}，十分之一高于 {p90:.3g}；"
        "一半低于 {median:.3g}。",
    ),
    "debrief.ensemble_class_dominant": (
        "Almost every run ends the same way: {outcome_class} in {share:.0%} of {runs} runs "
        "(95 % Wilson interval {low:.0%} to {high:.0%}).",
        "几乎每次运行的结局都相同：{runs} 次运行中 {share:.0%} 以{outcome_class}告终"
        "（95% Wilson 区间 {low:.0%} 至 {high:.0%}）。",
    ),
    "debrief.ensemble_class_split": (
        "The runs end in {seen} different ways; the most common, {outcome_class}, covers only "
        "{share:.0%} of {runs} runs (95 % Wilson interval {low:.0%} to {high:.0%}).",
        "各次运行有 {seen} 种不同结局；最常见的是{outcome_class}，也只占 {runs} 次运行的 "
        "{share:.0%}（95% Wilson 区间 {low:.0%} 至 {high:.0%}）。",
    ),
    "debrief.ensemble_precise": (
        "{runs} runs are enough: the 95 % interval reaches ±{half_width:.3g} around the "
        "headline figure, within the tolerance of ±{tolerance:.3g}.",
        "{runs} 次运行已经足够：95% 区间为主要结果 ±{half_width:.3g}，在容许误差 ±{tolerance:.3g} 之内。",
    ),
    "debrief.ensemble_more_runs": (
        "The 95 % interval reaches ±{half_width:.3g}, more than the tolerance of "
        "±{tolerance:.3g}: about {suggested} runs instead of {runs} would narrow it enough.",
        "95% 区间为 ±{half_width:.3g}，超过容许误差 ±{tolerance:.3g}：将运行次数从 {runs} "
        "增加到约 {suggested} 次，才能把区间收窄到足够程度。",
    ),
    # comparisons
    "debrief.compare_higher": (
        "{outcome}: source {source} is higher than source {reference}, by {difference:+.3g} "
        "({unit}; 95 % bootstrap interval {low:.3g} to {high:.3g}, which leaves out 0). "
        "Cliff's delta is {cliffs_delta:.2f}: a {magnitude} difference.",
        "{outcome}：来源 {source} 高于来源 {reference}，差异为 {difference:+.3g}（{unit}；"
        "95% bootstrap 区间 {low:.3g} 至 {high:.3g}，不含 0）。Cliff's delta 为 {cliffs_delta:.2f}："
        "差异{magnitude}。",
    ),
    "debrief.compare_lower": (
        "{outcome}: source {source} is lower than source {reference}, by {difference:+.3g} "
        "({unit}; 95 % bootstrap interval {low:.3g} to {high:.3g}, which leaves out 0). "
        "Cliff's delta is {cliffs_delta:.2f}: a {magnitude} difference.",
        "{outcome}：来源 {source} 低于来源 {reference}，差异为 {difference:+.3g}（{unit}；"
        "95% bootstrap 区间 {low:.3g} 至 {high:.3g}，不含 0）。Cliff's delta 为 {cliffs_delta:.2f}："
        "差异{magnitude}。",
    ),
    "debrief.compare_same": (
        "{outcome}: source {source} does not clearly differ from source {reference} "
        "(difference {difference:+.3g}; its 95 % bootstrap interval, {low:.3g} to {high:.3g}, "
        "includes 0).",
        "{outcome}：来源 {source} 与来源 {reference} 没有明显差异（差异 {difference:+.3g}；"
        "其95% bootstrap 区间 {low:.3g} 至 {high:.3g} 包含 0）。",
    ),
    "debrief.compare_few_runs": (
        "Source {source} has only {runs} runs; with fewer than {minimum}, bootstrap intervals "
        "come out too narrow — run more before trusting a difference.",
        "来源 {source} 只有 {runs} 次运行；少于 {minimum} 次时 bootstrap 区间会偏窄——"
        "请先增加运行次数，再相信差异。",
    ),
    "debrief.compare_deterministic": (
        "This model is deterministic: the differences are exact and their intervals have no "
        "width.",
        "该模型是确定性的：差异是精确值，其区间宽度为零。",
    ),
    "debrief.magnitude.negligible": ("negligible", "可忽略"),
    "debrief.magnitude.small": ("small", "较小"),
    "debrief.magnitude.medium": ("medium", "中等"),
    "debrief.magnitude.large": ("large", "较大"),
    # sensitivity
    "debrief.sensitivity_no_effect": (
        "{outcome} did not move at all over these ranges: no parameter matters here. Try "
        "wider ranges or another outcome.",
        "{outcome}在这些范围内完全没有变化：这里没有参数起作用。请尝试更宽的范围或换一个结果指标。",
    ),
    "debrief.sensitivity_top_sobol": (
        "{outcome} depends most on {path}: its total index ST is {st:.2f} (±{conf:.2f}), so "
        "alone or together with others it accounts for about {st:.0%} of the outcome's "
        "variance; alone (S1) for {s1:.0%}.",
        "{outcome}最依赖 {path}：其总效应指数 ST 为 {st:.2f}（±{conf:.2f}），即单独或与其他参数"
        "共同作用时约占结果方差的 {st:.0%}；单独作用（S1）占 {s1:.0%}。",
    ),
    "debrief.sensitivity_top_morris": (
        "{outcome} depends most on {path}: μ* = {mu_star:.3g} ({unit}; ±{conf:.3g}), the "
        "largest mean absolute effect of a step in one parameter.",
        "{outcome}最依赖 {path}：μ* = {mu_star:.3g}（{unit}；±{conf:.3g}），"
        "是单个参数变动一步所产生平均绝对效应中最大的。",
    ),
    "debrief.sensitivity_interactions_sobol": (
        "Interactions matter: {path} has ST − S1 = {gap:.2f} (above {threshold:.2f}; ST "
        "{st:.2f}, S1 {s1:.2f}), so part of its effect appears only together with other "
        "parameters.",
        "交互作用不可忽视：{path} 的 ST − S1 = {gap:.2f}（高于 {threshold:.2f}；ST {st:.2f}，"
        "S1 {s1:.2f}），说明其部分效应只有与其他参数共同作用时才出现。",
    ),
    "debrief.sensitivity_additive_sobol": (
        "The effects add up: no parameter's ST exceeds its S1 by more than {threshold:.2f} "
        "(largest gap {gap:.2f}), so interactions play little part.",
        "各参数的效应基本可以相加：没有参数的 ST 比 S1 高出 {threshold:.2f} 以上（最大差距 "
        "{gap:.2f}），交互作用影响很小。",
    ),
    "debrief.sensitivity_interactions_morris": (
        "The effect of {path} is non-linear or depends on other parameters: its σ "
        "({sigma:.3g}) is {ratio:.1f} times its μ* ({mu_star:.3g}), at least {threshold:.0f} "
        "times.",
        "{path} 的效应是非线性的或依赖于其他参数：其 σ（{sigma:.3g}）是 μ*（{mu_star:.3g}）的 "
        "{ratio:.1f} 倍，达到 {threshold:.0f} 倍以上。",
    ),
    "debrief.sensitivity_additive_morris": (
        "The effects look steady: every parameter's σ is below {threshold:.0f} × its μ* "
        "(largest ratio {ratio:.2f}), so none depends much on where the others stand.",
        "各参数效应较为稳定：每个参数的 σ 都低于其 μ* 的 {threshold:.0f} 倍（最大比值 {ratio:.2f}），"
        "说明其效应不太取决于其他参数的取值。",
    ),
    "debrief.sensitivity_negligible_sobol": (
        "Negligible over these ranges (ST below {threshold:.2f}): {paths}.",
        "在这些范围内可忽略（ST 低于 {threshold:.2f}）的参数：{paths}。",
    ),
    "debrief.sensitivity_negligible_morris": (
        "Negligible over these ranges (μ* below {threshold:.0%} of the largest): {paths}.",
        "在这些范围内可忽略（μ* 低于最大值的 {threshold:.0%}）的参数：{paths}。",
    ),
    "debrief.sensitivity_wide": (
        "The estimate is rough: the 95 % interval of {path}'s index (±{conf:.3g}) is at least "
        "half the index itself ({index:.3g}). Four times the samples ({suggested} instead of "
        "{samples}) would halve it.",
        "估计仍较粗糙：{path} 指数的95%区间（±{conf:.3g}）至少是指数本身（{index:.3g}）的一半。"
        "将样本数增至四倍（从 {samples} 增至 {suggested}）可使区间减半。",
    ),
}
