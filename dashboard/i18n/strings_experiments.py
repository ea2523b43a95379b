"""Strings of the experiment pages (Run a scenario, Compare, Sensitivity), their figures,
the parameter widgets and the HTML report."""

_SHARE = ("share (0–1)", "比例（0—1）")
_FLAG = ("1 = yes, 0 = no", "1 = 是，0 = 否")
_PAYOFF = ("payoff (game units)", "收益（博弈单位）")
_ROUNDS = ("rounds", "回合")
_COUNT = ("count", "次数")
_UNIT = ("0–1", "0—1")
_STEPS = ("stages", "阶段数")
_EQUILIBRIA = ("equilibria", "个均衡")

# Every outcome of every model kind's runner: (label, unit).
_OUTCOMES: dict[str, dict[str, tuple[tuple[str, str], tuple[str, str]]]] = {
    "repeated": {
        "cooperation_row": (("Cooperation of the row (US) side", "行方（美方）合作率"), _SHARE),
        "cooperation_column": (("Cooperation of the column (DPRK) side", "列方（朝方）合作率"),
                               _SHARE),
        "mutual_cooperation": (("Mutual cooperation", "双方同时合作的比例"), _SHARE),
        "mean_payoff_row": (("Row side's mean payoff per round", "行方每回合平均收益"), _PAYOFF),
        "mean_payoff_column": (("Column side's mean payoff per round", "列方每回合平均收益"),
                               _PAYOFF),
        "discounted_payoff_row": (("Row side's discounted payoff", "行方贴现总收益"), _PAYOFF),
        "discounted_payoff_column": (("Column side's discounted payoff", "列方贴现总收益"),
                                     _PAYOFF),
        "first_breakdown": (("Round of the first defection", "首次背叛发生的回合"),
                            ("round", "回合")),
        "longest_cooperation": (("Longest run of mutual cooperation", "最长连续双方合作"), _ROUNDS),
        "cycle_episodes": (("Sanction–test cycle episodes", "“制裁—试验”循环次数"),
                           ("episodes", "次")),
        "cycle_rounds": (("Rounds in sanction–test cycles", "处于“制裁—试验”循环的回合数"), _ROUNDS),
    },
    "sequencing": {
        "completed": (("Agreement completed", "协议完整实施"), _FLAG),
        "stages_completed": (("Stages carried out", "已完成的阶段"), _STEPS),
        "break_stage": (("Stage at which the deal broke", "协议破裂时的阶段"), ("stage", "阶段")),
        "undetected_cheating": (("Undetected cheating", "未被发现的违约"), _FLAG),
        "payoff_US": (("US side's payoff", "美方收益"), ("value (0–100 scale)", "价值（0—100标度）")),
        "payoff_KP": (("DPRK's payoff", "朝方收益"), ("value (0–100 scale)", "价值（0—100标度）")),
        "self_enforcing": (("Self-enforcing at this trust", "在当前信任下可自我执行"), _FLAG),
        "min_trust": (("Minimum trust for self-enforcement", "自我执行所需的最低信任"), _UNIT),
    },
    "sixparty": {
        "nuclear_tests": (("Nuclear tests", "核试验次数"), _COUNT),
        "missile_tests": (("Missile-test events", "导弹试射次数"), _COUNT),
        "unsc_resolutions": (("UN Security Council sanctions resolutions", "联合国安理会制裁决议"),
                             _COUNT),
        "unilateral_rounds": (("Rounds of unilateral sanctions", "单边制裁轮数"), _COUNT),
        "sanctions_rounds": (("All sanctions rounds", "制裁总轮数"), _COUNT),
        "talks_rounds": (("Rounds of talks", "谈判轮数"), _COUNT),
        "six_party_rounds": (("Rounds of six-party talks", "六方会谈轮数"), _COUNT),
        "agreements_made": (("Agreements reached", "达成的协议"), _COUNT),
        "agreements_broken": (("Agreements that collapsed", "破裂的协议"), _COUNT),
        "broken_by_dprk": (("Agreements broken by the DPRK", "朝方毁约的协议"), _COUNT),
        "broken_by_partners": (("Agreements broken by the other parties", "其他各方毁约的协议"),
                               _COUNT),
        "final_tension": (("Tension at the horizon", "期末紧张程度"), _UNIT),
        "final_capability": (("DPRK capability at the horizon", "期末朝鲜核导能力"), _UNIT),
        "final_economy": (("DPRK economy at the horizon", "期末朝鲜经济"),
                          ("index (1 = start level)", "指数（1 = 初始水平）")),
        "final_trust_us_kp": (("US trust in the DPRK at the horizon", "期末美国对朝鲜的信任"),
                              _UNIT),
        "final_trust_kp_us": (("DPRK trust in the US at the horizon", "期末朝鲜对美国的信任"),
                              _UNIT),
        "is_comprehensive_deal": (("Ends in a comprehensive deal", "以全面协议告终"), _FLAG),
        "is_freeze_deal": (("Ends in a freeze deal", "以冻结协议告终"), _FLAG),
        "is_stalemate": (("Ends in stalemate", "以僵局告终"), _FLAG),
        "is_escalation_crisis": (("Ends in an escalation crisis", "以升级危机告终"), _FLAG),
        "is_de_facto_nuclear_state": (("Ends with a de facto nuclear DPRK", "以朝鲜成为事实上的有核国家告终"),
                                      _FLAG),
    },
    "stage_game": {
        "equilibria": (("Nash equilibria (extreme)", "纳什均衡（极点）数"), _EQUILIBRIA),
        "pure_equilibria": (("Pure equilibria", "纯策略均衡数"), _EQUILIBRIA),
        "mixed_equilibria": (("Mixed equilibria (extreme)", "混合策略均衡（极点）数"), _EQUILIBRIA),
        "cooperation_is_equilibrium": (("Mutual cooperation is an equilibrium", "双方合作是均衡"),
                                       _FLAG),
        "row_best_payoff": (("Row player's best equilibrium payoff", "行方最佳均衡收益"), _PAYOFF),
        "row_worst_payoff": (("Row player's worst equilibrium payoff", "行方最差均衡收益"), _PAYOFF),
        "column_best_payoff": (("Column player's best equilibrium payoff", "列方最佳均衡收益"),
                               _PAYOFF),
        "column_worst_payoff": (("Column player's worst equilibrium payoff", "列方最差均衡收益"),
                                _PAYOFF),
        "finite": (("Finitely many equilibria", "均衡个数有限"), _FLAG),
    },
}

_CLASSES = {
    "comprehensive_deal": ("Comprehensive deal", "全面协议"),
    "freeze_deal": ("Freeze deal", "冻结协议"),
    "stalemate": ("Stalemate", "僵局"),
    "escalation_crisis": ("Escalation crisis", "升级危机"),
    "de_facto_nuclear_state": ("De facto nuclear state", "事实上的有核国家"),
}

# Series with a time dimension: (label, unit).
_SERIES = {
    "cooperation": (("Cooperation", "合作率"), _SHARE),
    "trust": (("Trust in the other side", "对对方的信任"), _UNIT),
    "mutual_cooperation": (("Mutual cooperation", "双方同时合作"), _SHARE),
    "tension": (("Tension", "紧张程度"), _UNIT),
    "capability": (("DPRK capability", "朝鲜核导能力"), _UNIT),
    "economy": (("DPRK economy", "朝鲜经济"), ("index (1 = start level)", "指数（1 = 初始水平）")),
    "effective_sanctions": (("Effective sanctions", "有效制裁"),
                            ("intensity × enforcement (0–1)", "强度 × 执行力度（0—1）")),
    "testing_rate": (("DPRK testing rate", "朝鲜试射率"),
                     ("expected test events per quarter", "每季度预期试射次数")),
    "trust_us_kp": (("US trust in the DPRK", "美国对朝鲜的信任"), _UNIT),
    "trust_kp_us": (("DPRK trust in the US", "朝鲜对美国的信任"), _UNIT),
    "trust_given": (("Trust given (mean over the other five)", "给予的信任（对其他五方的平均）"), _UNIT),
    "talks_interest": (("Interest in talks", "谈判意愿"), _UNIT),
    "enforcement": (("Sanctions enforcement", "制裁执行力度"), _UNIT),
}

_GROUPS = {
    "general": ("General", "总体"),
    "game": ("Stage game", "单阶段博弈"),
    "trust": ("Trust", "信任"),
    "row_strategy": ("Row (US) strategy", "行方（美方）策略"),
    "column_strategy": ("Column (DPRK) strategy", "列方（朝方）策略"),
    "agreements": ("Agreements", "协议"),
    "parties": ("Parties", "各方"),
    "provocation": ("Provocation", "挑衅"),
    "sanctions": ("Sanctions", "制裁"),
    "talks": ("Talks", "谈判"),
    "tension": ("Tension", "紧张局势"),
    "programme": ("Nuclear programme", "核计划"),
    "initial": ("Initial state", "初始状态"),
    "schedule": ("Schedule of events", "事件日程"),
    "row_payoffs": ("Row player's payoffs", "行方收益"),
    "column_payoffs": ("Column player's payoffs", "列方收益"),
}

STRINGS: dict[str, tuple[str, str]] = {
    "nav.section.experiments": ("Experiments", "实验"),
    "nav.run_scenario": ("Run a scenario", "运行情景"),
    "nav.compare": ("Compare", "比较"),
    "nav.sensitivity": ("Sensitivity", "敏感性分析"),
    # parameter widgets
    "widgets.group": ("Parameter group", "参数组"),
    "widgets.reset": ("Reset parameters", "重置参数"),
    "widgets.range": ("Allowed: {low} to {high}", "允许范围：{low} 至 {high}"),
    "widgets.names": (
        "Parameters are named by their path in the scenario file (as in "
        "`peninsula run --set PATH=VALUE`).",
        "参数以其在情景文件中的路径命名（与 `peninsula run --set 路径=值` 相同）。",
    ),
    # shared by the pages
    "exp.runs": ("Runs", "运行次数"),
    "exp.outcome": ("Outcome", "结果指标"),
    "exp.source.library": ("Bundled scenario", "内置情景"),
    "exp.source.upload": ("Upload a YAML file", "上传 YAML 文件"),
    "exp.source.run": ("Saved run", "已保存的运行"),
    "exp.run_option": ("Run {id} · {scenario} · seed {seed}{name}",
                       "运行 {id} · {scenario} · 种子 {seed}{name}"),
    "exp.col.outcome": ("Outcome", "结果指标"),
    "exp.col.meaning": ("Meaning", "含义"),
    "exp.col.mean": ("Mean", "平均值"),
    "exp.col.ci": ("95 % CI", "95% 置信区间"),
    "exp.col.min": ("Min", "最小值"),
    "exp.col.max": ("Max", "最大值"),
    "exp.col.parameter": ("Parameter", "参数"),
    "exp.col.value": ("Value", "取值"),
    "exp.col.scenario_value": ("Scenario value", "情景原值"),
    "exp.deterministic": (
        "This model is deterministic: every run gives the same numbers.",
        "该模型是确定性的：每次运行结果相同。",
    ),
    # Run a scenario
    "run.title": ("Run a scenario", "运行情景"),
    "run.intro": (
        "Pick any scenario, change its parameters and run an ensemble of seeded replicates. "
        "The table gives each outcome's mean with a 95 % confidence interval; the charts show "
        "how the outcome is distributed over the runs and, where the model unfolds in time, "
        "the mean path with its 95 % band.",
        "选择任一情景，调整参数，运行一组带随机种子的重复模拟。表格给出各结果指标的平均值及95%"
        "置信区间；图表展示结果在各次运行中的分布，若模型随时间展开，还给出平均路径及其95%区间。",
    ),
    "run.source": ("Scenario source", "情景来源"),
    "run.upload": ("Scenario file (YAML)", "情景文件（YAML）"),
    "run.upload_prompt": ("Upload a scenario file to run it.", "请上传一个情景文件以运行。"),
    "run.upload_no_link": (
        "An uploaded scenario cannot travel in a link: the address bar keeps only the language. "
        "To share this run, share the scenario file (Downloads, below) or save the run.",
        "上传的情景无法放进链接：地址栏只保留语言设置。如需分享本次运行，请分享情景文件（见下方“下载”）"
        "或保存本次运行。",
    ),
    "run.parameters": ("Parameters", "参数"),
    "run.changed": ("Changed parameters", "已修改的参数"),
    "run.summary": ("Summary over {runs} runs (seed {seed})", "{runs} 次运行的汇总（种子 {seed}）"),
    "run.distribution": ("Outcome distribution", "结果分布"),
    "run.bands": ("Over time", "随时间变化"),
    "run.series": ("Series", "序列"),
    "run.bands_note": ("Mean of {runs} runs with its 95 % confidence band.",
                       "{runs} 次运行的平均值及其95%置信区间。"),
    "run.save": ("Save run", "保存运行"),
    "run.name": ("Name of the saved run (optional)", "保存名称（可选）"),
    "run.saved": ("Saved as run {id} in {path}.", "已保存为运行 {id}（{path}）。"),
    # Compare
    "cmp.title": ("Compare runs and scenarios", "比较运行与情景"),
    "cmp.intro": (
        "Put two to four sources side by side — saved runs or scenarios run here — of the same "
        "model kind. Differences are taken against the first source, with 95 % bootstrap "
        "intervals and two effect sizes: Cohen's d (in pooled standard deviations) and Cliff's "
        "delta (from −1 to 1, no distributional assumption).",
        "并排比较两到四个同一模型类型的来源——已保存的运行或在此运行的情景。差异均相对于第一个"
        "来源计算，附95% bootstrap 区间及两种效应量：Cohen's d（以合并标准差为单位）和 Cliff's "
        "delta（−1 至 1，不依赖分布假设）。",
    ),
    "cmp.count": ("Number of sources", "来源数量"),
    "cmp.source": ("Source {n}", "来源 {n}"),
    "cmp.kind_of_source": ("Kind of source", "来源类型"),
    "cmp.no_runs": ("No saved runs yet in {path}; save one on “Run a scenario”.",
                    "{path} 中还没有已保存的运行；可在“运行情景”页面保存。"),
    "cmp.mixed_kinds": (
        "Sources must be of the same model kind to be compared; here: {kinds}.",
        "只有同一模型类型的来源才能比较；当前为：{kinds}。",
    ),
    "cmp.differences": ("Differences from source 1", "相对来源 1 的差异"),
    "cmp.col.source": ("Source", "来源"),
    "cmp.col.mean_a": ("Mean of source 1", "来源 1 平均值"),
    "cmp.col.mean_b": ("Mean of this source", "本来源平均值"),
    "cmp.col.difference": ("Difference", "差异"),
    "cmp.col.cohens_d": ("Cohen's d", "Cohen's d 效应量"),
    "cmp.col.cliffs_delta": ("Cliff's delta", "Cliff's delta 效应量"),
    # Sensitivity
    "sa.title": ("Sensitivity: which parameters matter", "敏感性分析：哪些参数最重要"),
    "sa.intro": (
        "Choose two to six parameters and a range for each, then compute. Morris screening "
        "(elementary effects, μ*) is quick and ranks the parameters; Sobol indices split the "
        "outcome's variance — ST is a parameter's total share, including its interactions. "
        "Error bars are 95 % confidence intervals. Every point averages several runs with "
        "common random numbers.",
        "选择二至六个参数并为每个参数设定范围，然后计算。Morris 筛选法（基本效应 μ*）速度快，可给"
        "参数排序；Sobol 指数分解结果的方差——ST 是某参数的总贡献，包括交互作用。误差线为95%置信"
        "区间。每个样本点都以公共随机数对若干次运行取平均。",
    ),
    "sa.parameters": ("Parameters (two to six)", "参数（二至六个）"),
    "sa.low": ("{path}: low", "{path}：下限"),
    "sa.high": ("{path}: high", "{path}：上限"),
    "sa.method": ("Method", "方法"),
    "sa.method.morris": ("Morris screening (fast)", "Morris 筛选（快速）"),
    "sa.method.sobol": ("Sobol indices", "Sobol 指数"),
    "sa.samples": ("Trajectories (Morris) or base samples N (Sobol, a power of two)",
                   "轨迹数（Morris）或基础样本数 N（Sobol，须为2的幂）"),
    "sa.replicates": ("Runs per point", "每个样本点的运行次数"),
    "sa.cost": ("{points} points × {runs} runs = {evaluations} model runs.",
                "{points} 个样本点 × {runs} 次运行 = {evaluations} 次模型运行。"),
    "sa.compute": ("Compute", "开始计算"),
    "sa.need_two": ("Choose at least two and at most six parameters.", "请选择二至六个参数。"),
    "sa.press": ("Set the parameters and ranges, then press “Compute”.",
                 "设定参数与范围后，点击“开始计算”。"),
    "sa.stale": ("The settings changed since this result was computed; press “Compute” to update.",
                 "设置已在计算后更改；点击“开始计算”以更新结果。"),
    "sa.indices": ("Indices", "指数"),
    # figures
    "exp.fig.distribution": ("Distribution of {outcome}", "{outcome}的分布"),
    "exp.fig.share_of_runs": ("share of runs", "运行次数占比"),
    "exp.fig.source": ("Source", "来源"),
    "exp.fig.runs": ("Runs", "运行"),
    "exp.fig.classes": ("How the runs end: outcome classes", "运行的结局：结果类别"),
    "exp.fig.class": ("Outcome class", "结果类别"),
    "exp.fig.wilson": ("Share with 95 % Wilson interval", "比例及95% Wilson 区间"),
    "exp.fig.band_title": ("{series}: mean with 95 % band", "{series}：平均值及95%区间"),
    "exp.fig.round": ("Round", "回合"),
    "exp.fig.quarter": ("Quarter", "季度"),
    "exp.fig.side": ("Side", "一方"),
    "exp.fig.party": ("Party", "各方"),
    "exp.fig.both": ("Both sides", "双方"),
    "exp.fig.forest": ("Difference in {outcome} from source 1", "{outcome}相对来源 1 的差异"),
    "exp.fig.difference": ("difference ({unit})", "差异（{unit}）"),
    "exp.fig.forest_legend": ("Difference with 95 % bootstrap interval", "差异及95% bootstrap 区间"),
    "exp.fig.no_difference": ("no difference", "无差异"),
    "exp.fig.sobol_title": ("Sobol indices of {outcome}", "{outcome}的 Sobol 指数"),
    "exp.fig.morris_title": ("Morris screening of {outcome}", "{outcome}的 Morris 筛选"),
    "exp.fig.sobol_x": ("share of the outcome's variance (0–1)", "占结果方差的比例（0—1）"),
    "exp.fig.morris_x": ("μ*: mean absolute elementary effect ({unit})",
                         "μ*：基本效应绝对值的平均（{unit}）"),
    "exp.fig.index": ("Index with 95 % interval", "指数及95%区间"),
    "exp.fig.ST": ("ST (total)", "ST（总效应）"),
    "exp.fig.S1": ("S1 (first order)", "S1（一阶效应）"),
    "exp.fig.mu_star": ("μ*", "μ*"),
    "exp.fig.parameter": ("Parameter", "参数"),
    # report
    "report.title": ("Peninsula report", "“半岛”报告"),
    "report.generated": ("Generated {when} by Peninsula {version}.",
                         "由 Peninsula {version} 于 {when} 生成。"),
    "report.run": ("Run {id}: {title}", "运行 {id}：{title}"),
    "report.meta": ("Scenario {scenario} · model kind {kind} · seed {seed} · {rows} runs · "
                    "saved with version {version} on {when}",
                    "情景 {scenario} · 模型类型 {kind} · 种子 {seed} · {rows} 次运行 · "
                    "以版本 {version} 保存于 {when}"),
    "report.parameters": ("Changed parameters", "修改过的参数"),
    "report.no_changes": ("None: the scenario as written.", "无：按情景文件原样运行。"),
    "report.summary": ("Summary", "汇总"),
    "report.figures": ("Outcome distributions", "结果分布"),
    "report.run_label": ("Run {id}", "运行 {id}"),
    **{f"exp.outcome.{kind}.{name}": texts[0] for kind, table in _OUTCOMES.items()
       for name, texts in table.items()},
    **{f"exp.unit.{kind}.{name}": texts[1] for kind, table in _OUTCOMES.items()
       for name, texts in table.items()},
    **{f"exp.class.{name}": texts for name, texts in _CLASSES.items()},
    **{f"exp.series.{name}": texts[0] for name, texts in _SERIES.items()},
    **{f"exp.series_unit.{name}": texts[1] for name, texts in _SERIES.items()},
    **{f"widgets.group.{name}": texts for name, texts in _GROUPS.items()},
}
