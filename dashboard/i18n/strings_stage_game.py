"""Strings of the stage-game explorer."""

STRINGS: dict[str, tuple[str, str]] = {
    # -- page and controls -------------------------------------------------------------
    "sg.title": ("Stage-game explorer", "单阶段博弈探索"),
    "sg.intro": (
        "One round of choices between two sides. Pick a classic game, build the US–DPRK game "
        "from its narrative parameters, or open a scenario; then edit any payoff and watch the "
        "equilibria, the game's type and the thresholds of patience and trust change.",
        "双方之间的一轮选择。可以选择一个经典博弈、用叙事参数构建美朝博弈，或打开一个情景；"
        "然后修改任意收益，观察均衡、博弈类型以及耐心与信任阈值如何变化。",
    ),
    "sg.source": ("Game to explore", "要探索的博弈"),
    "sg.source.classic": ("Classic game", "经典博弈"),
    "sg.source.us_dprk": ("US–DPRK game", "美朝博弈"),
    "sg.source.scenario": ("Scenario", "情景"),
    "sg.classic_name": ("Classic game", "经典博弈"),
    "sg.payoff.T": ("T — temptation", "T——诱惑"),
    "sg.payoff.R": ("R — reward", "R——奖励"),
    "sg.payoff.P": ("P — punishment", "P——惩罚"),
    "sg.payoff.S": ("S — sucker's payoff", "S——受骗者收益"),
    "sg.payoff.help": (
        "T: you defect while the other cooperates; R: both cooperate; P: both defect; "
        "S: you cooperate while the other defects.",
        "T：对方合作而你背叛；R：双方合作；P：双方背叛；S：你合作而对方背叛。",
    ),
    "sg.preset": ("Start from a preset", "从预设开始"),
    "sg.preset.mutual_distrust": ("Mutual distrust (prisoner's dilemma)", "相互不信任（囚徒困境）"),
    "sg.preset.brink_of_war": ("Brink of war (chicken)", "战争边缘（懦夫博弈）"),
    "sg.preset.assurance": ("Assurance (stag hunt)", "安全保证（猎鹿博弈）"),
    "sg.preset.byungjin": ("Byungjin vs. pressure (asymmetric)", "核经并举对施压（非对称）"),
    "sg.preset.bully": ("Bully (US chicken, DPRK deadlock)", "恃强凌弱（美国懦夫、朝鲜僵局）"),
    "sg.preset.engagement_pays": ("Engagement pays (harmony)", "接触有回报（和谐博弈）"),
    "sg.preset.enmity": ("Enmity (prisoner's dilemma)", "敌对身份（囚徒困境）"),
    "sg.side.us": ("United States (row)", "美国（行）"),
    "sg.side.kp": ("DPRK (column)", "朝鲜（列）"),
    "sg.param.restraint_value": ("Value of DPRK restraint to the US (v)", "朝鲜克制对美国的价值（v）"),
    "sg.param.aid_cost": ("Cost to the US of aid and relief (c)", "援助与制裁解除对美国的成本（c）"),
    "sg.param.test_cost": ("Cost of a test to the US and allies (k)", "一次试验对美国及盟友的代价（k）"),
    "sg.param.engagement_cost": (
        "Cost to the US of engaging a provoking DPRK (e)", "与挑衅中的朝鲜接触对美国的代价（e）"),
    "sg.param.pressure_cost": ("Cost to the US of sustaining pressure (p)", "维持施压对美国的成本（p）"),
    "sg.param.leverage_value": (
        "Value to the US of pressure on a restraining DPRK (ℓ)", "对克制中的朝鲜施压给美国带来的筹码（ℓ）"),
    "sg.param.war_risk_us": (
        "War risk to the US when pressure meets provocation (w_us)",
        "施压遇上挑衅时美国面临的战争风险（w_us）"),
    "sg.param.aid_value": ("Value of aid and relief to the DPRK (a)", "援助与制裁解除对朝鲜的价值（a）"),
    "sg.param.sanction_cost": ("Cost of sanctions to the DPRK (s)", "制裁给朝鲜造成的代价（s）"),
    "sg.param.test_gain": ("Security and leverage a test buys (g)", "一次试验带来的安全与筹码（g）"),
    "sg.param.test_risk": ("Risk and isolation a test costs (r)", "一次试验带来的风险与孤立（r）"),
    "sg.param.defiance_value": (
        "Extra value of testing while pressured (f)", "在被施压时进行试验的额外价值（f）"),
    "sg.param.war_risk_dprk": (
        "War risk to the DPRK when pressure meets provocation (w_kp)",
        "施压遇上挑衅时朝鲜面临的战争风险（w_kp）"),
    "sg.param.enmity": ("Enmity: weight on the other's payoff as one's loss (ε)",
                        "敌对程度：把对方收益视为己方损失的权重（ε）"),
    "sg.usdprk.help": (
        "US payoffs: engage/restrain v − c; engage/provoke −k − c − e; pressure/restrain "
        "v + ℓ − p; pressure/provoke −k − p − w_us. DPRK payoffs: a; a + g − r; −s; "
        "−s + g − r + f − w_kp. Enmity ε subtracts ε × the other's payoff.",
        "美国收益：接触/克制 v − c；接触/挑衅 −k − c − e；施压/克制 v + ℓ − p；施压/挑衅 "
        "−k − p − w_us。朝鲜收益：a；a + g − r；−s；−s + g − r + f − w_kp。敌对程度 ε "
        "会从每方收益中减去 ε × 对方收益。",
    ),
    "sg.scenario_pick": ("Stage-game scenario", "单阶段博弈情景"),
    "sg.no_scenarios": ("No stage-game scenario is bundled.", "没有内置的单阶段博弈情景。"),
    "sg.editor": ("Payoff table (edit any cell)", "收益表（可编辑任意单元格）"),
    "sg.editor.help": (
        "Rows are {row}'s actions; each column of {column} has two numbers: {row}'s payoff and "
        "{column}'s payoff. Choosing another game resets the table.",
        "行是{row}的行动；{column}的每个行动对应两列：{row}的收益和{column}的收益。"
        "选择另一个博弈会重置此表。",
    ),
    "sg.cells.allowed": (
        "allowed: a {rows}×{columns} table of numbers from {low} to {high}, rows separated by "
        "“;”, cells by “,”, each cell the two payoffs joined by “_” (e.g. 3_3,0_5;5_0,1_1)",
        "允许值：{rows}×{columns}的数字表，数值在{low}到{high}之间；行之间用“;”分隔，单元格之间用“,”"
        "分隔，每个单元格的两个收益用“_”连接（例如 3_3,0_5;5_0,1_1）",
    ),
    "sg.yaml.description": (
        "A stage game set up in the stage-game explorer.",
        "在单阶段博弈探索页面中设置的博弈。",
    ),
    "sg.yaml.notes": (
        "Read the equilibria, the dominant strategies and the thresholds of patience and trust; "
        "then change one payoff and see which of them move.",
        "先读出均衡、占优策略以及耐心与信任阈值；再改动一个收益，看看哪些结论随之改变。",
    ),
    "sg.yaml.question": (
        "Which payoff would you change to make mutual cooperation an equilibrium, and what "
        "would that change stand for in the negotiation?",
        "要让相互合作成为均衡，你会改动哪个收益？这一改动在谈判中对应什么？",
    ),
    "sg.yaml_unavailable": (
        "This table cannot be saved as a scenario file: {message}",
        "该收益表无法保存为情景文件：{message}",
    ),
    "sg.trust_temptation": (
        "Temptation Tᵢ of a trustworthy type (for Kydd's threshold)",
        "可信类型的诱惑收益 Tᵢ（用于基德信任阈值）",
    ),
    "sg.trust_temptation.help": (
        "Leave empty to use each player's own T. A trustworthy type has Tᵢ below R.",
        "留空则使用各方自己的 T。可信类型的 Tᵢ 低于 R。",
    ),
    # -- results -------------------------------------------------------------------------
    "sg.type.header": ("Game type", "博弈类型"),
    "sg.type.prisoners_dilemma": ("Prisoner's dilemma", "囚徒困境"),
    "sg.type.deadlock": ("Deadlock", "僵局博弈"),
    "sg.type.chicken": ("Chicken", "懦夫博弈"),
    "sg.type.stag_hunt": ("Stag hunt", "猎鹿博弈"),
    "sg.type.harmony": ("Harmony", "和谐博弈"),
    "sg.type.leader": ("Leader", "领导者博弈"),
    "sg.type.hero": ("Hero", "英雄博弈"),
    "sg.type.bully": ("Bully", "恃强凌弱博弈"),
    "sg.type.called_bluff": ("Called bluff", "虚张声势被识破博弈"),
    "sg.type.asymmetric": ("Asymmetric game", "非对称博弈"),
    "sg.type.unnamed": ("Unnamed ordering", "未命名的偏好次序"),
    "sg.type.ties": ("Ties in the payoffs", "收益中存在并列"),
    "sg.type.not_2x2": (
        "Not a 2×2 game: ordinal types are defined for two actions per player",
        "不是2×2博弈：序数类型只针对每方两个行动的博弈定义",
    ),
    "sg.type.players": (" ({row}: {row_type}; {column}: {column_type})",
                        "（{row}为{row_type}；{column}为{column_type}）"),
    "sg.type.orders": ("Orders of T, R, P, S — {row}: {row_order}; {column}: {column_order}.",
                       "T、R、P、S 的次序——{row}：{row_order}；{column}：{column_order}。"),
    "sg.type.relabelled": (
        "Read with “{row}” and “{column}” as the cooperative actions.",
        "以“{row}”和“{column}”作为合作行动来解读。",
    ),
    "sg.eq.header": ("Nash equilibria", "纳什均衡"),
    "sg.eq.unique_pure": ("The game has a unique Nash equilibrium, in pure strategies.",
                          "该博弈有唯一的纳什均衡，且为纯策略均衡。"),
    "sg.eq.unique_mixed": ("The game has a unique Nash equilibrium, in mixed strategies.",
                           "该博弈有唯一的纳什均衡，且为混合策略均衡。"),
    "sg.eq.many": ("The game has {count} Nash equilibria ({pure} pure, {mixed} mixed).",
                   "该博弈有 {count} 个纳什均衡（{pure} 个纯策略、{mixed} 个混合策略）。"),
    "sg.eq.degenerate_finite": (
        "This game is degenerate (a strategy has more best replies than actions in its support), "
        "yet its equilibria are finitely many: {count} ({pure} pure, {mixed} mixed).",
        "这是一个退化博弈（某个策略的最优反应多于其支撑集中的行动数），但其均衡仍是有限的："
        "共 {count} 个（{pure} 个纯策略、{mixed} 个混合策略）。",
    ),
    "sg.eq.continuum": (
        "This game is degenerate: a continuum of equilibria exists. Its {count} extreme "
        "equilibria are listed; in each of the {sets} sets below, every mix of the listed row "
        "strategies against every mix of the listed column strategies is also an equilibrium.",
        "这是一个退化博弈：存在连续统的均衡。下表列出其 {count} 个极端均衡；在下面 {sets} 个集合"
        "的每一个中，所列行策略的任意混合与所列列策略的任意混合相组合，也都是均衡。",
    ),
    "sg.eq.missed": (
        "Support enumeration alone would have missed {missed} of them; vertex enumeration found "
        "the rest.",
        "仅用支撑集枚举会漏掉其中 {missed} 个；顶点枚举找到了其余的均衡。",
    ),
    "sg.eq.missed_all": (
        "Support enumeration alone finds no equilibrium here; vertex enumeration does.",
        "仅用支撑集枚举在这里找不到任何均衡；顶点枚举则能找到。",
    ),
    "sg.eq.set": ("Set {number}: {row} — any mix of [{row_mixes}]; {column} — any mix of "
                  "[{column_mixes}].",
                  "集合 {number}：{row}——[{row_mixes}] 的任意混合；{column}——[{column_mixes}] "
                  "的任意混合。"),
    "sg.eq.col.number": ("#", "序号"),
    "sg.eq.col.kind": ("Kind", "类型"),
    "sg.eq.col.payoff": ("Payoff to {player}", "{player}的收益"),
    "sg.eq.col.pareto": ("Pareto-dominated by", "被以下格子帕累托占优"),
    "sg.eq.kind.pure": ("pure", "纯策略"),
    "sg.eq.kind.mixed": ("mixed", "混合策略"),
    "sg.dom.header": ("Dominance and Pareto efficiency", "占优与帕累托有效"),
    "sg.dom.strict_dominant": ("“{action}” is strictly dominant", "“{action}”是严格占优策略"),
    "sg.dom.weak_dominant": ("“{action}” is weakly dominant", "“{action}”是弱占优策略"),
    "sg.dom.dominated_strict": ("“{action}” is strictly dominated by {by}",
                                "“{action}”被 {by} 严格占优"),
    "sg.dom.dominated_weak": ("“{action}” is weakly dominated by {by}", "“{action}”被 {by} 弱占优"),
    "sg.dom.none": ("no dominant or dominated action", "没有占优或劣势行动"),
    "sg.dom.surviving": (
        "After iterated elimination of strictly dominated actions — {row}: {row_actions}; "
        "{column}: {column_actions}.",
        "重复剔除严格劣势行动之后——{row}：{row_actions}；{column}：{column_actions}。",
    ),
    "sg.pareto.cells": ("Pareto-efficient cells: {cells}.", "帕累托有效的格子：{cells}。"),
    "sg.thr.header": ("Thresholds of patience and trust", "耐心与信任的阈值"),
    "sg.thr.col.name": ("Threshold", "阈值"),
    "sg.thr.col.player": ("Side", "一方"),
    "sg.thr.col.value": ("Value", "数值"),
    "sg.thr.col.meaning": ("What it means", "含义"),
    "sg.thr.both": ("both", "双方"),
    "sg.thr.name.grim_trigger": ("Grim trigger δ*", "冷酷触发 δ*"),
    "sg.thr.name.tit_for_tat": ("Tit-for-tat δ*", "一报还一报 δ*"),
    "sg.thr.name.generous_tft": ("Generous tit-for-tat g*", "宽容的一报还一报 g*"),
    "sg.thr.name.kydd_trust": ("Kydd's trust threshold π*", "基德信任阈值 π*"),
    "sg.thr.name.chicken_stand_firm": ("Chicken: stand-firm probability", "懦夫博弈：坚持立场的概率"),
    "sg.thr.name.chicken_crash": ("Chicken: crash probability", "懦夫博弈：相撞概率"),
    "sg.thr.name.all": ("Thresholds", "阈值"),
    "sg.thr.ok.grim_trigger": (
        "with grim trigger, cooperation survives if {player} values the future at δ ≥ {value}",
        "在冷酷触发策略下，只要{player}对未来的重视程度 δ ≥ {value}，合作就能维持",
    ),
    "sg.thr.ok.tit_for_tat": ("tit-for-tat is a best reply to itself for {player} if δ ≥ {value}",
                              "当 δ ≥ {value} 时，对{player}而言一报还一报是对自身的最优反应"),
    "sg.thr.ok.generous_tft": (
        "generous tit-for-tat stays stable for {player} when it forgives a defection with "
        "probability up to {value}",
        "只要以不超过 {value} 的概率原谅对方的背叛，宽容的一报还一报对{player}就保持稳定",
    ),
    "sg.thr.ok.kydd_trust": (
        "{player}, if a trustworthy type, cooperates only when it believes with probability at "
        "least {value} that the other side is trustworthy",
        "若{player}是可信类型，只有当它认为对方可信的概率不低于 {value} 时才会合作",
    ),
    "sg.thr.ok.chicken_stand_firm": ("in the mixed equilibrium {player} stands firm with "
                                     "probability {value}",
                                     "在混合均衡中，{player}以 {value} 的概率坚持立场"),
    "sg.thr.ok.chicken_crash": (
        "in the mixed equilibrium both stand firm — the crash — with probability {value}",
        "在混合均衡中，双方同时坚持立场（即“相撞”）的概率为 {value}",
    ),
    "sg.thr.why.no_temptation": (
        "does not apply: {player} gains nothing by defecting on a cooperator (T ≤ R), so "
        "cooperation needs no threat",
        "不适用：{player}背叛合作者得不到好处（T ≤ R），因此合作无需威胁来维持",
    ),
    "sg.thr.why.no_punishment": (
        "does not apply: for {player} mutual defection is no worse than mutual cooperation "
        "(P ≥ R), so no threat of punishment can hold cooperation",
        "不适用：对{player}而言，相互背叛并不比相互合作更差（P ≥ R），因此任何惩罚威胁都无法维持合作",
    ),
    "sg.thr.why.no_sucker_loss": ("does not apply: {player} loses nothing by being exploited (S ≥ R)",
                                  "不适用：{player}被利用时并无损失（S ≥ R）"),
    "sg.thr.why.unreachable": (
        "no discount factor below 1 is enough for {player}: cooperation cannot be held this way",
        "对{player}而言，任何小于1的贴现因子都不够：无法以这种方式维持合作",
    ),
    "sg.thr.why.no_forgiveness": (
        "no level of forgiveness keeps generous tit-for-tat stable for {player}: the temptation "
        "outweighs the loss from being exploited (T − R ≥ R − S)",
        "对{player}而言，任何宽容程度都无法使宽容的一报还一报保持稳定：诱惑超过了被利用的损失"
        "（T − R ≥ R − S）",
    ),
    "sg.thr.why.not_chicken": (
        "does not apply: the game is not chicken-like for both sides (each must prefer to stand "
        "firm against a yielder and to yield against a side that stands firm)",
        "不适用：该博弈并非对双方都呈懦夫博弈结构（每一方都必须在对方让步时倾向坚持，"
        "在对方坚持时倾向让步）",
    ),
    "sg.thr.why.not_trustworthy": (
        "does not apply: {player}'s temptation is not below its reward (T ≥ R); enter the "
        "temptation of a trustworthy type (below R) to compute it",
        "不适用：{player}的诱惑收益不低于奖励（T ≥ R）；请输入可信类型的诱惑收益（低于 R）来计算",
    ),
    "sg.thr.why.not_2x2": (
        "thresholds are defined for 2×2 games (a cooperative and a defecting action per side)",
        "阈值只针对2×2博弈定义（每方一个合作行动和一个背叛行动）",
    ),
    "sg.explain.header": ("What this means for the negotiation", "这对谈判意味着什么"),
    "sg.explain.grim": (
        "If the two sides meet again and again, the threat of ending cooperation for good "
        "(grim trigger) can hold it — but only if each side values the future at δ ≥ {value}. "
        "The less a government cares about the next round (an election, a leadership change, a "
        "collapsing economy), the harder cooperation becomes.",
        "如果双方反复交往，“一旦背叛就永不合作”的威胁（冷酷触发）可以维持合作——但前提是每一方对"
        "未来的重视程度 δ ≥ {value}。一国政府越不在意下一轮（选举、领导层更替、经济崩溃），"
        "合作就越难维持。",
    ),
    "sg.explain.no_punishment": (
        "For {player}, mutual defection is no worse than mutual cooperation: no threat of future "
        "punishment can make cooperation pay. Only changing the payoffs — what each side gains "
        "and risks — can.",
        "对{player}而言，相互背叛并不比相互合作更差：任何未来惩罚的威胁都无法让合作变得有利。"
        "只有改变收益本身——各方的得失与风险——才能做到。",
    ),
    "sg.explain.no_temptation": (
        "{player} gains nothing by defecting on a cooperator: it needs no threat to cooperate.",
        "{player}背叛合作者得不到任何好处：它无需威胁就会合作。",
    ),
    "sg.explain.chicken": (
        "In chicken each side hopes the other backs down. If both mix, {row} stands firm with "
        "probability {p_row} and {column} with probability {p_column}, so the crash — both "
        "standing firm — happens with probability {crash}. The costlier the crash, the smaller "
        "these probabilities: brinkmanship pays less when war looks worse.",
        "在懦夫博弈中，每一方都希望对方让步。如果双方都采取混合策略，{row}以 {p_row} 的概率坚持，"
        "{column}以 {p_column} 的概率坚持，因此“相撞”（双方都坚持）的概率为 {crash}。相撞代价越高，"
        "这些概率越小：战争看起来越可怕，边缘政策的收益就越低。",
    ),
    "sg.explain.kydd": (
        "Trust matters: a trustworthy side cooperates only if it believes with probability at "
        "least {value} that the other side is trustworthy too. Below that, mutual distrust "
        "blocks an outcome both would prefer — the deadlock the essays describe.",
        "信任至关重要：一个可信的一方只有在认为对方也可信的概率不低于 {value} 时才会合作。"
        "低于这一水平，相互不信任就会阻碍双方都更偏好的结果——这正是文献所描述的僵局。",
    ),
    "sg.explain.not_2x2": (
        "The thresholds of patience and trust are defined for 2×2 games, in which each side has "
        "one cooperative and one defecting action; read this larger game through its equilibria "
        "and dominance instead.",
        "耐心与信任的阈值只针对每方各有一个合作行动和一个背叛行动的2×2博弈定义；"
        "对于这个更大的博弈，请通过其均衡和占优关系来解读。",
    ),
    "sg.explain.none": (
        "None of the repeated-play thresholds applies to these payoffs.",
        "对这些收益而言，没有任何重复博弈阈值适用。",
    ),
    "sg.warn.pd_alternation": (
        "For {player}, 2R is not above T + S: in a repeated game, taking turns at exploiting each "
        "other pays at least as much as steady cooperation.",
        "对{player}而言，2R 不大于 T + S：在重复博弈中，轮流利用对方的收益不低于持续合作。",
    ),
    "sg.action.cooperate": ("cooperate", "合作"),
    "sg.action.defect": ("defect", "背叛"),
    "sg.action.engage": ("engage", "接触"),
    "sg.action.pressure": ("pressure", "施压"),
    "sg.action.restrain": ("restrain", "克制"),
    "sg.action.provoke": ("provoke", "挑衅"),
    # -- figure --------------------------------------------------------------------------
    "sg.fig.title": ("{name}: payoffs ({row}, {column})", "{name}：收益（{row}，{column}）"),
    "sg.fig.x": ("{player}'s action", "{player}的行动"),
    "sg.fig.y": ("{player}'s action", "{player}的行动"),
    "sg.fig.colorbar": ("Total payoff<br>(payoff units)", "收益总和<br>（收益单位）"),
    "sg.fig.legend": ("Marks", "标记"),
    "sg.fig.pure_eq": ("Pure Nash equilibrium", "纯策略纳什均衡"),
    "sg.fig.pareto": ("Pareto-efficient cell", "帕累托有效格子"),
    "sg.fig.hover": ("Payoffs", "收益"),
}
