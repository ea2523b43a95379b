"""Strings of the home page."""

STRINGS: dict[str, tuple[str, str]] = {
    "home.intro": (
        "Peninsula turns the story of the US–DPRK nuclear standoff — mutual distrust, the "
        "*sanction → test → re-sanction → re-test* cycle, and the dispute over **who moves "
        "first** — into games you can compute, run and argue about. Every model is "
        "parameterised: change trust, noise, sanctions or verification and watch the outcome "
        "move.",
        "“半岛”把美朝核对峙的叙事——相互不信任、“制裁—试验—再制裁—再试验”的恶性循环，以及"
        "**谁先行动**之争——转化为可以计算、运行和讨论的博弈模型。每个模型都可调参：改变信任、"
        "噪声、制裁或核查力度，观察结果如何变化。",
    ),
    "home.models": ("The models", "模型"),
    "home.models_list": (
        "- **Stage-game explorer** — one round of US–DPRK choices: equilibria, dominance, "
        "game type and the thresholds of trust and patience that cooperation needs."
        "\n- **Trust and the sanction–test cycle** — repeated play with noise, misperception "
        "and Bayesian trust: how reciprocity plus mistakes becomes a vicious cycle; "
        "tournaments and evolution of strategies."
        "\n- **Who moves first** — agreements as ordered steps: which order is self-enforcing "
        "at what trust, verification and patience; implementation run many times."
        "\n- **Six parties** and **History** — the Six-Party Talks as an agent-based model "
        "(Mesa): trust network, sanctions that leak through China and Russia, talks and staged "
        "agreements; the historical run 1993–2024 set against the record."
        "\n- **Run a scenario**, **Compare** and **Sensitivity** — any scenario as an ensemble "
        "of seeded runs with 95 % intervals and bands, saved runs overlaid with their "
        "differences, and the parameters that matter most (Morris, Sobol).",
        "- **单阶段博弈** —— 美朝一轮选择：均衡、占优、博弈类型，以及合作所需的信任与耐心阈值。"
        "\n- **信任与“制裁—试验”循环** —— 带噪声、误判和贝叶斯信任的重复博弈：对等报复加上"
        "失误如何演变为恶性循环；策略锦标赛与演化。"
        "\n- **谁先行动** —— 把协议看作有先后次序的步骤：哪种次序在何种信任、核查与耐心下能"
        "自我执行；并多次模拟协议的实施。"
        "\n- **六方模型**与**历史对照** —— 以主体建模（Mesa）再现六方会谈：信任网络、经由中俄"
        "“漏气”的制裁、谈判与分阶段协议；并将1993—2024年的历史推演与真实记录对照。"
        "\n- **运行情景**、**比较**与**敏感性分析** —— 以多次带种子的运行呈现任一情景及其95%"
        "区间；叠加比较已保存的运行及其差异；找出最重要的参数（Morris、Sobol）。",
    ),
    "home.library": ("Scenario library", "情景库"),
    "home.pick": ("Read about a scenario", "查看情景详情"),
    "home.class.title": ("Using Peninsula in class", "课堂使用指南"),
    "home.class.intro": (
        "A suggested path through one or two lessons. Each link opens a page; every page "
        "explains its model, ends with a debrief of what happened on screen, and offers "
        "its results for download.",
        "以下是一到两节课的建议路线。每个链接打开一个页面；每个页面都会解释所用的模型，在末尾"
        "对屏幕上的结果进行复盘，并提供结果下载。",
    ),
    "home.class.step.stage_game": (
        "**One round.** Show why each side may prefer pressure or provocation even though "
        "both would rather engage: the equilibria of the stage game, and how much trust and "
        "patience cooperation needs.",
        "**一轮博弈。** 说明为什么双方都更愿意接触，却可能各自选择施压或挑衅：单阶段博弈的均衡，"
        "以及合作需要多少信任与耐心。",
    ),
    "home.class.step.trust_cycle": (
        "**Repeat it with mistakes.** With noise and misperception, one accidental "
        "defection echoes back and forth: the sanction → test cycle. Compare strategies in a "
        "tournament.",
        "**加入失误后重复博弈。** 有了噪声和误判，一次意外的背叛会被来回“回声”：这就是"
        "“制裁—试验”循环。再用锦标赛比较各种策略。",
    ),
    "home.class.step.play_seat": (
        "**Students play.** Each student takes the United States or the DPRK against the "
        "model, round by round, and hands the game in by sending the link in the address bar "
        "(it replays their moves).",
        "**学生亲自上阵。** 每位学生扮演美国或朝鲜，与模型逐轮对局；把地址栏中的链接发给老师即可"
        "提交本局（链接会重现他们的每一步）。",
    ),
    "home.class.step.who_moves_first": (
        "**Who moves first?** Agreements as ordered steps: which order holds at what trust, "
        "verification and patience.",
        "**谁先行动？** 把协议看作有先后次序的步骤：在何种信任、核查与耐心下，哪种次序能够维持。",
    ),
    "home.class.step.six_parties": (
        "**Six parties.** Widen the table to China, Russia, South Korea and Japan, then set "
        "the model's run of 1993–2024 against the historical record.",
        "**六方。** 把中国、俄罗斯、韩国和日本拉上谈判桌，再把模型对1993—2024年的推演与历史记录对照。",
    ),
    "home.class.step.experiments": (
        "**Projects.** Run a scenario many times with seeds, compare saved runs, and find the "
        "parameters that matter most.",
        "**课题研究。** 用不同随机种子多次运行一个情景，比较已保存的运行，找出最重要的参数。",
    ),
    "home.class.teacher": (
        "**Teacher view.** The *Teacher view* switch in the sidebar folds every page's "
        "controls into one closed box and enlarges charts and text for a projector; "
        "`teacher=1` in a link opens a page that way.",
        "**教师视图。** 侧边栏中的*教师视图*开关会把每个页面的控件收进一个折叠框，并放大图表和文字，"
        "便于投影；链接中带有 `teacher=1` 时，页面会直接以教师视图打开。",
    ),
    "home.class.links": (
        "**Links.** The address bar always holds a link to what is on screen: the page, its "
        "settings and seed (and in *Play a seat*, the moves so far). Copy it to show the class "
        "exactly the same result, or to hand a result in.",
        "**链接。** 地址栏中始终是当前屏幕内容的链接：页面、各项设置和随机种子（在“亲自上阵”中还"
        "包括已走的每一步）。复制该链接，即可让全班看到完全相同的结果，或用它提交作业。",
    ),
    "home.class.downloads": (
        "**Downloads.** Results pages end with downloads: the numbers (CSV), the scenario "
        "(YAML, which loads again) and a report (HTML) with the settings, a link back, the "
        "charts and the debrief.",
        "**下载。** 结果页面末尾提供下载：数据（CSV）、情景（YAML，可再次载入）以及报告（HTML），"
        "报告包含设置、返回链接、图表和复盘。",
    ),
    "home.open_in": ("Open this scenario in:", "在以下页面中打开此情景："),
}
