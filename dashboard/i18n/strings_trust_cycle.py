"""Strings of the page "Trust and the sanction–test cycle" (repeated play)."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav.trust_cycle": ("Trust and the sanction–test cycle", "信任与“制裁—试验”循环"),
    "trust_cycle.title": ("Trust and the sanction–test cycle", "信任与“制裁—试验”循环"),
    "trust_cycle.intro": (
        "Two sides meet round after round. Each round the US engages or pressures and the "
        "DPRK restrains or provokes, following a strategy. Moves can go wrong (**noise**) and "
        "can be misread (**misperception**); each side updates its **trust** — its belief "
        "that the other is a trustworthy type — on what it sees. Watch reciprocity plus "
        "mistakes turn into the *sanction → test → re-sanction → re-test* cycle.",
        "双方一轮又一轮地相遇。每一轮，美国选择接触或施压，朝鲜选择克制或挑衅，各自遵循一种策略。"
        "行动可能出错（**噪声**），也可能被误读（**误判**）；每一方都根据自己观察到的情况更新"
        "**信任**——即认为对方属于可信类型的信念。观察对等报复加上失误如何演变成"
        "“制裁—试验—再制裁—再试验”的循环。",
    ),
    "trust_cycle.scenario": ("Start from", "起点"),
    "trust_cycle.custom": ("Custom: prisoner's dilemma", "自定义：囚徒困境"),
    "trust_cycle.us_strategy": ("US strategy", "美方策略"),
    "trust_cycle.kp_strategy": ("DPRK strategy", "朝方策略"),
    "trust_cycle.noise": ("Noise ε (chance a move goes wrong)", "噪声 ε（行动出错的概率）"),
    "trust_cycle.misperception": (
        "Misperception μ (chance a move is misread)", "误判 μ（行动被误读的概率）"),
    "trust_cycle.trust_prior": ("Initial trust (prior)", "初始信任（先验）"),
    "trust_cycle.discount": ("Discount factor δ (patience)", "贴现因子 δ（耐心）"),
    "trust_cycle.rounds": ("Rounds", "轮数"),
    "trust_cycle.replicates": ("Replicates (matches played)", "重复次数（对局数）"),
    "trust_cycle.replicate_shown": ("Replicate shown", "显示第几次对局"),
    "trust_cycle.game": ("Stage game payoffs", "单阶段博弈收益"),
    "trust_cycle.game_from_scenario": (
        "Stage game: {name}, taken from the scenario.", "单阶段博弈：{name}，取自所选情景。"),
    "trust_cycle.payoff.T": ("T (temptation)", "T（诱惑）"),
    "trust_cycle.payoff.R": ("R (reward)", "R（奖励）"),
    "trust_cycle.payoff.P": ("P (punishment)", "P（惩罚）"),
    "trust_cycle.payoff.S": ("S (sucker)", "S（受骗）"),
    "trust_cycle.tab.match": ("Match", "对局"),
    "trust_cycle.tab.tournament": ("Tournament", "锦标赛"),
    "trust_cycle.tab.evolution": ("Evolution", "演化"),
    "trust_cycle.summary": ("Summary over replicates", "各次对局汇总"),
    "trust_cycle.col.metric": ("Measure", "指标"),
    "trust_cycle.col.player": ("Side", "一方"),
    "trust_cycle.col.mean": ("Mean", "均值"),
    "trust_cycle.col.ci": ("95% interval", "95%置信区间"),
    "trust_cycle.both": ("Both", "双方"),
    "trust_cycle.entrants": ("Strategies in the tournament", "参赛策略"),
    "trust_cycle.t_rounds": ("Rounds per match", "每场对局轮数"),
    "trust_cycle.t_reps": ("Repetitions per pairing", "每对组合重复次数"),
    "trust_cycle.t_help": (
        "Every strategy meets every other and a copy of itself, with the noise, "
        "misperception, payoffs and seed chosen above.",
        "每个策略都与其他每个策略以及自身的副本对局，噪声、误判、收益和随机种子沿用上方设置。",
    ),
    "trust_cycle.need_two": (
        "Pick at least two strategies for the tournament.", "请至少选择两个策略参加锦标赛。"),
    "trust_cycle.horizon": ("Replicator time horizon", "复制者动态时间跨度"),
    "trust_cycle.population": ("Moran population size", "莫兰过程种群规模"),
    "trust_cycle.selection": ("Selection intensity w", "选择强度 w"),
    "trust_cycle.evo_help": (
        "Both processes evolve the tournament's payoff matrix: replicator dynamics "
        "deterministically, the Moran process as a finite population with chance.",
        "两种过程都基于锦标赛的收益矩阵演化：复制者动态是确定性的，莫兰过程则是带有随机性的"
        "有限种群。",
    ),
    "trust_cycle.fixation": (
        "Moran process, {runs} runs: share of runs each strategy took over.",
        "莫兰过程，共{runs}次运行：各策略最终占据整个种群的比例。",
    ),
    # metrics
    "trust_cycle.metric.cooperation": ("Cooperation rate", "合作率"),
    "trust_cycle.metric.mutual_cooperation": ("Mutual cooperation rate", "相互合作率"),
    "trust_cycle.metric.mean_payoff": ("Mean payoff per round", "每轮平均收益"),
    "trust_cycle.metric.discounted_payoff": ("Discounted total payoff", "贴现总收益"),
    "trust_cycle.metric.first_breakdown": (
        "First breakdown (round, matches that broke down)", "首次破裂轮次（仅计破裂的对局）"),
    "trust_cycle.metric.longest_cooperation": (
        "Longest run of mutual cooperation (rounds)", "最长连续相互合作（轮）"),
    "trust_cycle.metric.cycle_episodes": ("Sanction–test cycle episodes", "“制裁—试验”循环次数"),
    "trust_cycle.metric.cycle_rounds": ("Rounds inside cycles", "处于循环中的轮数"),
    # figures
    "trust_cycle.fig.moves.title": (
        "Moves round by round (replicate {replicate})", "逐轮行动（第{replicate}次对局）"),
    "trust_cycle.fig.moves.x": ("Round", "轮次"),
    "trust_cycle.fig.moves.y": ("Side", "一方"),
    "trust_cycle.fig.moves.legend": ("Move", "行动"),
    "trust_cycle.fig.cooperate": ("Cooperate (engage / restrain)", "合作（接触 / 克制）"),
    "trust_cycle.fig.defect": ("Defect (pressure / provoke)", "背叛（施压 / 挑衅）"),
    "trust_cycle.fig.misread": ("Misread by the other side", "被对方误读"),
    "trust_cycle.fig.coop_trust.title": (
        "Cooperation and trust round by round", "逐轮的合作与信任"),
    "trust_cycle.fig.coop.title": (
        "Cooperation over rounds (mean and 95% band)", "各轮合作率（均值与95%置信带）"),
    "trust_cycle.fig.coop.y": ("Share of matches cooperating (0–1)", "合作的对局比例（0–1）"),
    "trust_cycle.fig.mutual": ("Both cooperate", "双方都合作"),
    "trust_cycle.fig.trust.title": (
        "Trust over rounds (mean and 95% band)", "各轮信任（均值与95%置信带）"),
    "trust_cycle.fig.trust.y": (
        "Belief the other side is trustworthy (probability)", "认为对方可信的信念（概率）"),
    "trust_cycle.fig.trust_of": ("{party}'s trust", "{party}的信任"),
    "trust_cycle.fig.legend.side": ("Side", "一方"),
    "trust_cycle.fig.band": ("95% band", "95%置信带"),
    "trust_cycle.fig.cycles.title": (
        "Sanction–test cycle episodes per match", "每次对局中的“制裁—试验”循环次数"),
    "trust_cycle.fig.cycles.x": ("Cycle episodes in one match (count)", "一次对局中的循环次数（次）"),
    "trust_cycle.fig.cycles.y": ("Matches (count)", "对局数（次）"),
    "trust_cycle.fig.cycles.legend": ("Distribution", "分布"),
    "trust_cycle.fig.cycles.trace": ("Matches", "对局"),
    "trust_cycle.fig.ranking.title": ("Tournament ranking", "锦标赛排名"),
    "trust_cycle.fig.ranking.x": ("Mean payoff per round (payoff units)", "每轮平均收益（收益单位）"),
    "trust_cycle.fig.ranking.y": ("Strategy", "策略"),
    "trust_cycle.fig.ranking.legend": ("Score with 95% interval", "得分及95%置信区间"),
    "trust_cycle.fig.ranking.trace": ("Score", "得分"),
    "trust_cycle.fig.heatmap.title": (
        "Mean payoff per round: row strategy against column strategy",
        "每轮平均收益：行策略对列策略",
    ),
    "trust_cycle.fig.heatmap.x": ("Opponent", "对手"),
    "trust_cycle.fig.heatmap.y": ("Strategy", "策略"),
    "trust_cycle.fig.heatmap.legend": ("Payoff per round", "每轮收益"),
    "trust_cycle.fig.replicator.title": (
        "Replicator dynamics: population shares", "复制者动态：种群份额"),
    "trust_cycle.fig.replicator.x": ("Time (generations)", "时间（代）"),
    "trust_cycle.fig.moran.title": (
        "Moran process: mean population shares over {runs} runs",
        "莫兰过程：{runs}次运行的平均种群份额",
    ),
    "trust_cycle.fig.moran.x": ("Birth–death steps (count)", "出生—死亡步数（次）"),
    "trust_cycle.fig.shares.y": ("Share of the population (0–1)", "种群份额（0–1）"),
    "trust_cycle.fig.shares.legend": ("Strategy", "策略"),
    # strategies
    "trust_cycle.strategy.cooperator": ("Always Cooperate", "总是合作"),
    "trust_cycle.strategy.defector": ("Always Cheat", "总是欺骗"),
    "trust_cycle.strategy.tit_for_tat": ("Copycat", "复读机"),
    "trust_cycle.strategy.suspicious_tit_for_tat": ("Suspicious Copycat", "多疑复读机"),
    "trust_cycle.strategy.generous_tit_for_tat": ("Generous Copycat", "宽厚复读机"),
    "trust_cycle.strategy.tit_for_two_tats": ("Copykitten", "宽容复读机"),
    "trust_cycle.strategy.grudger": ("Grudger", "记仇者"),
    "trust_cycle.strategy.win_stay_lose_shift": ("Simpleton", "老实人"),
    "trust_cycle.strategy.alternator": ("Alternator", "轮换者"),
    "trust_cycle.strategy.random": ("Random", "随机者"),
    "trust_cycle.strategy.detective": ("Detective", "侦探"),
    "trust_cycle.strategy.engagement": ("Engagement (Clinton)", "接触政策（克林顿）"),
    "trust_cycle.strategy.strategic_patience": ("Strategic patience (Obama)", "战略忍耐（奥巴马）"),
    "trust_cycle.strategy.maximum_pressure": ("Maximum pressure (Trump)", "极限施压（特朗普）"),
    "trust_cycle.strategy.calibrated_practical": (
        "Calibrated practical (Biden)", "经调整的务实方式（拜登）"),
    "trust_cycle.strategy.byungjin": ("Byungjin line (DPRK)", "核经并举（朝鲜）"),
    "trust_cycle.strategy.brinkmanship": ("Brinkmanship (DPRK)", "边缘政策（朝鲜）"),
    "trust_cycle.strategy.action_for_action": ("Action for action (DPRK)", "行动对行动（朝鲜）"),
    "trust_cycle.strategy.security_first": ("Security first (DPRK)", "安全优先（朝鲜）"),
    "trust_cycle.strategy.trust_threshold": ("Trust threshold (Kydd)", "信任阈值（基德）"),
}
