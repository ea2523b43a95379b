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
}
