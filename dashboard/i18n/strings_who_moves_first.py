"""Strings of the "Who moves first" page and its figures."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav.who_moves_first": ("Who moves first", "谁先行动"),
    "wmf.title": ("Who moves first: sequencing, verification and self-enforcing agreements",
                  "谁先行动：行动次序、核查与自我执行的协议"),
    "wmf.intro": (
        "The US wants dismantlement before any concession; the DPRK wants a security guarantee "
        "first; both signed up to *phased, synchronised steps* and read them differently. "
        "Here an agreement is a list of steps — who performs it, what it costs them, what it is "
        "worth to the other side, how likely cheating on it is to be caught, and how much of it "
        "can be undone. For each order of the steps the model asks whether every step is worth "
        "performing for its mover, and what **minimum trust** in the other side that takes.",
        "美国要求先弃核、再作任何让步；朝鲜要求先得到安全保证；双方都接受了“分阶段、同步走”，"
        "却理解不同。在这里，一项协议就是一串步骤：由谁执行、对执行方的代价、对另一方的价值、"
        "作弊被发现的概率，以及能够撤回的程度。对每一种行动次序，模型都会检验：每一步对执行方"
        "来说是否值得去做？这需要对另一方有多少**最低信任**？",
    ),
    "wmf.preset": ("Preset agreement", "协议预设"),
    "wmf.custom": ("Build your own agreement", "自行构建协议"),
    "wmf.agreement": ("Which agreement of the scenario", "选择情景中的协议"),
    "wmf.steps": ("Steps of the agreement", "协议步骤"),
    "wmf.steps_help": (
        "Edit any number or add rows. A library step (name below) needs only its name; a new "
        "step needs a mover (US or KP), a cost and a value. Cost and value use one 0–100 scale; "
        "verification is the chance that claiming the step without doing it is found out; "
        "reversibility the share undone if the deal collapses later; phase its place in the "
        "order *as agreed*. Library: {names}.",
        "可修改任意数字或添加新行。库中的步骤（名称见下）只需填写名称；新步骤需要填写执行方（US或KP）、"
        "代价和价值。代价和价值采用统一的0—100尺度；可核查性是“声称执行而实际未执行”被发现的概率；"
        "可逆性是协议日后破裂时能被撤回的比例；阶段是它在“按协议原文”次序中的位置。步骤库：{names}。",
    ),
    "wmf.col.name": ("Step", "步骤"),
    "wmf.col.mover": ("Mover", "执行方"),
    "wmf.col.cost": ("Cost to mover", "执行方代价"),
    "wmf.col.value": ("Value to receiver", "对接受方的价值"),
    "wmf.col.verification": ("Verification", "可核查性"),
    "wmf.col.reversibility": ("Reversibility", "可逆性"),
    "wmf.col.phase": ("Phase", "阶段"),
    "wmf.settings": ("Trust, verification, patience", "信任、核查与耐心"),
    "wmf.trust": ("Trust: belief that the other side honours its later steps",
                  "信任：相信对方会履行其后续步骤的概率"),
    "wmf.phases": ("Phases of action for action", "“行动对行动”的阶段数"),
    "wmf.uniform": ("Same verification for every step", "所有步骤采用同一可核查性"),
    "wmf.verification": ("Verification: chance a violation is caught",
                         "可核查性：违约被发现的概率"),
    "wmf.discount": ("Patience: discount factor per year", "耐心：每年的贴现因子"),
    "wmf.duration": ("Years to implement", "实施年限"),
    "wmf.enforcement": ("Enforcement: share a caught violator forfeits",
                        "惩戒力度：违约被发现方丧失所得的比例"),
    "wmf.believed": ("Monte Carlo types as believed (hostile with probability 1 − trust)",
                     "蒙特卡洛中双方类型与信任一致（敌意概率 = 1 − 信任）"),
    "wmf.hostile": ("Chance each side is hostile", "每一方为敌意类型的概率"),
    "wmf.false_alarm": ("False alarms: chance an honest step is read as a violation",
                        "误报：如实履行的步骤被当作违约的概率"),
    "wmf.runs": ("Monte Carlo runs", "蒙特卡洛模拟次数"),
    "wmf.compare": ("The orders side by side", "各种次序并列比较"),
    "wmf.compare_caption": (
        "At trust {trust}: is each order self-enforcing, what trust does it need (overall, and "
        "what each side needs), where does it first fail, and how do {runs} simulated "
        "implementations end?",
        "在信任度{trust}下：各次序能否自我执行？需要多少信任（整体，以及双方各自所需）？"
        "在哪里首先失败？{runs}次模拟实施的结果如何？",
    ),
    "wmf.table.order": ("Order", "次序"),
    "wmf.table.self_enforcing": ("Self-enforcing", "自我执行"),
    "wmf.table.min_trust": ("Minimum trust", "最低信任"),
    "wmf.table.us": ("US needs", "美方所需"),
    "wmf.table.kp": ("DPRK needs", "朝方所需"),
    "wmf.table.failure": ("First failure at this trust", "该信任度下的首个失败点"),
    "wmf.table.completion": ("Completed (%)", "完成比例（%）"),
    "wmf.table.payoff_us": ("Mean payoff, US", "美方平均收益"),
    "wmf.table.payoff_kp": ("Mean payoff, DPRK", "朝方平均收益"),
    "wmf.yes": ("yes", "是"),
    "wmf.no": ("no", "否"),
    "wmf.never": ("never", "无论多少都不够"),
    "wmf.failure.none": ("every stage worth performing", "每一阶段都值得执行"),
    "wmf.failure.walk": ("stage {stage}: {side} walks away", "第{stage}阶段：{side}退出"),
    "wmf.failure.cheat": ("stage {stage}: {side} cheats on {steps}",
                          "第{stage}阶段：{side}在{steps}上作弊"),
    "wmf.sequence": ("Who moves when", "谁在何时行动"),
    "wmf.maps": ("Where the agreement holds", "协议在哪些条件下成立"),
    "wmf.map_order": ("Order shown on the verification × patience map",
                      "“核查×耐心”图所用的次序"),
    "wmf.maps_caption": (
        "Left: action for action with 1 to 100 phases against trust — the line is the minimum "
        "trust, the dot today's settings. Right: the minimum trust of one order for every "
        "level of verification (the same for every step) and patience; the contour marks "
        "where it equals today's trust, so the order holds on the side with lower values. "
        "Blank cells: no trust is enough.",
        "左图：“行动对行动”在1至100个阶段下与信任度的关系——曲线为最低信任，圆点为当前设置。右图："
        "某一次序在各种可核查性（所有步骤相同）与耐心水平下的最低信任；等值线标出其等于当前信任的"
        "位置，数值更低的一侧协议成立。空白格表示任何信任都不够。",
    ),
    "wmf.montecarlo": ("Implementation, run many times", "多次模拟实施"),
    "wmf.mc_caption": (
        "{runs} runs, seed {seed}. Each side is hostile with probability {hostile}: a hostile "
        "side reneges from its first move, openly where its steps are fully verified, "
        "otherwise by claiming steps it does not take until it is caught. A trustworthy side "
        "does what the analysis says is worth doing at the trust you chose.",
        "{runs}次模拟，随机种子{seed}。每一方以{hostile}的概率为敌意类型：敌意的一方从第一步起就违约——"
        "若其步骤可被完全核查则公开退出，否则声称执行而实际不做，直到被发现为止。守信的一方则按照"
        "在所选信任度下分析认为值得做的去做。",
    ),
    "wmf.why": ("Why slicing a deal changes the trust it needs", "为什么把协议切分成小步会改变所需的信任"),
    "wmf.why_text": (
        "At every step a side hands something over before it knows whether the other will "
        "keep its word. What it risks is the part of its step that cannot be taken back; what "
        "it stands to gain by going on is everything still to come. A first mover paying a "
        "cost *c* for a reward *v*, with a share *r* of its step reversible, needs trust "
        "*p* ≥ (1 − r)·c / (v − r·c) (Kydd's trust game).\n\n"
        "Split the same deal into *k* synchronised phases and each phase risks only a *k*-th "
        "of the cost while the whole remaining exchange is still at stake, so the trust the "
        "first phase needs falls roughly like 1/*k* — Schelling's advice to divide an "
        "agreement into steps, each too small to be worth betraying. Three things limit it: "
        "**impatience** (rewards pushed into the future are worth less — see the patience "
        "map), **weak verification** (a step that can be faked pays to fake whatever the "
        "order: cheating pays when *q* < G/(G+F), the gain over the gain plus the loss if "
        "caught), and **irreversibility** (a dismantled reactor cannot be restarted if the "
        "other side reneges, which is why each side wants the other to take the irreversible "
        "steps first).",
        "在每一步，一方都要在不知道对方是否守信的情况下先交出一些东西。它所冒的风险，是这一步中"
        "无法收回的部分；它继续下去可能得到的，是此后的全部回报。先行者付出代价*c*、换取回报*v*，"
        "其步骤中可撤回的比例为*r*，则它所需的信任为 *p* ≥ (1 − r)·c / (v − r·c)（基德的信任博弈）。"
        "\n\n把同一项协议切分为*k*个同步阶段，每个阶段只需冒代价的*k*分之一的风险，而此后的全部"
        "交换依然悬而未决，因此第一阶段所需的信任大约按1/*k*下降——这正是谢林的建议：把协议分成"
        "许多小步，每一步都小到不值得背叛。但有三个因素限制了这一点：**缺乏耐心**（推迟到将来的"
        "回报价值更低，见“耐心”图）；**核查薄弱**（能够作假的步骤无论怎么排序都值得作假：当 *q* < "
        "G/(G+F)，即作弊收益除以“收益加被发现时的损失”时，作弊有利）；以及**不可逆性**（已拆除的"
        "反应堆在对方违约后无法重启——这正是双方都希望对方先迈出不可逆步骤的原因）。",
    ),
    "wmf.steps.allowed": (
        "allowed: one value per row, step1, step2, … in order, each name~mover~cost~value~"
        "verification~reversibility~phase (a field left empty takes the library's default)",
        "允许值：每行一个值，依次为 step1、step2……，每个值的格式为 名称~执行方~代价~价值~可核查性~"
        "可逆性~阶段（留空的字段取步骤库的默认值）",
    ),
    "wmf.steps.gap": (
        "allowed: rows step1 to step{count} with none missing",
        "允许值：从 step1 到 step{count} 的连续各行，不能缺少任何一行",
    ),
    "wmf.yaml.title": ("Custom agreement", "自定义协议"),
    "wmf.yaml.description": (
        "An agreement built step by step on the “Who moves first” page.",
        "在“谁先行动”页面中逐步构建的协议。",
    ),
    "wmf.yaml.notes": (
        "Compare the orders: which needs the least trust, where does each first fail, and "
        "which single change — trust, verification, enforcement or the number of phases — "
        "would make the chosen order hold?",
        "比较各种次序：哪种所需信任最低？各自首先在哪里失败？信任、可核查性、惩戒力度或阶段数中，"
        "改变哪一项就能让所选次序成立？",
    ),
    "wmf.yaml.question": (
        "Which step would you move to another phase, and why would that change the trust the "
        "agreement needs?",
        "你会把哪一步移到另一个阶段？为什么这会改变协议所需的信任？",
    ),
    "wmf.yaml_unavailable": (
        "These steps cannot be saved as a scenario file: {message}",
        "这些步骤无法保存为情景文件：{message}",
    ),
    "wmf.about": ("About this scenario", "关于本情景"),
    "wmf.order.denuclearisation_first": ("Denuclearisation first", "先弃核"),
    "wmf.order.security_first": ("Security first", "先给安全保证"),
    "wmf.order.action_for_action": ("Action for action ({k} phases)", "行动对行动（{k}个阶段）"),
    "wmf.order.package_deal": ("Package deal", "一揽子交易"),
    "wmf.order.as_agreed": ("As agreed", "按协议原文"),
    "wmf.outcome.completed": ("Completed", "完成"),
    "wmf.outcome.US_walked": ("US walked away", "美方退出"),
    "wmf.outcome.US_caught": ("US caught cheating", "美方作弊被发现"),
    "wmf.outcome.KP_walked": ("DPRK walked away", "朝方退出"),
    "wmf.outcome.KP_caught": ("DPRK caught cheating", "朝方作弊被发现"),
    "wmf.outcome.false_alarm": ("False alarm", "误报"),
    "wmf.outcome.both_broke": ("Both broke it", "双方均违约"),
    "wmf.step.freeze": ("Freeze", "冻结核设施"),
    "wmf.step.moratorium": ("Test moratorium", "暂停核试验和导弹试射"),
    "wmf.step.declaration": ("Declaration", "申报核计划"),
    "wmf.step.disablement": ("Disablement", "去功能化"),
    "wmf.step.dismantlement": ("Dismantlement", "拆除核设施"),
    "wmf.step.ship_out": ("Ship out material", "运出核材料"),
    "wmf.step.humanitarian_aid": ("Humanitarian aid", "人道主义援助"),
    "wmf.step.energy_aid": ("Energy aid", "能源援助"),
    "wmf.step.light_water_reactors": ("Light-water reactors", "轻水反应堆"),
    "wmf.step.sanctions_relief": ("Sanctions relief", "解除制裁"),
    "wmf.step.delisting": ("Terrorism-list delisting", "移出支恐名单"),
    "wmf.step.suspend_exercises": ("Suspend exercises", "暂停联合军演"),
    "wmf.step.liaison_office": ("Liaison office", "互设联络处"),
    "wmf.step.end_of_war_declaration": ("End-of-war declaration", "终战宣言"),
    "wmf.step.security_guarantee": ("Security guarantee", "安全保证"),
    "wmf.step.normalisation": ("Normalisation", "关系正常化"),
    "wmf.fig.min_trust.title": ("Minimum trust each order needs", "各次序所需的最低信任"),
    "wmf.fig.min_trust.x": ("Order", "次序"),
    "wmf.fig.min_trust.y": ("Trust (probability)", "信任（概率）"),
    "wmf.fig.min_trust.legend": ("Whose requirement", "谁的要求"),
    "wmf.fig.min_trust.all": ("Whole sequence", "整个次序"),
    "wmf.fig.min_trust.side": ("{side} needs", "{side}所需"),
    "wmf.fig.min_trust.now": ("trust now: {p}", "当前信任：{p}"),
    "wmf.fig.min_trust.never": ("hatched: no trust level is enough", "斜纹：任何信任都不够"),
    "wmf.fig.sequence.title": ("Who moves when, and what is verified", "谁在何时行动，核查程度如何"),
    "wmf.fig.sequence.x": ("Time from signing (years)", "签署后的时间（年）"),
    "wmf.fig.sequence.legend": ("Moves", "行动"),
    "wmf.fig.sequence.y": ("Side", "行动方"),
    "wmf.fig.sequence.verified": ("{side}: well verified (q ≥ 0.8)", "{side}：易核查（q ≥ 0.8）"),
    "wmf.fig.sequence.unverified": ("{side}: hard to verify (q < 0.8)",
                                    "{side}：难核查（q < 0.8）"),
    "wmf.fig.sequence.fails": ("not worth performing at this trust", "在此信任度下不值得执行"),
    "wmf.fig.sequence.hover": ("stage {stage} · {time:.2f} yr<br>{steps}",
                               "第{stage}阶段 · {time:.2f}年<br>{steps}"),
    "wmf.fig.tp.title": ("Self-enforcing? Trust × number of phases", "能否自我执行？信任×阶段数"),
    "wmf.fig.tp.x": ("Phases of action for action (1 = package deal)",
                     "“行动对行动”的阶段数（1 = 一揽子交易）"),
    "wmf.fig.tp.y": ("Trust (probability)", "信任（概率）"),
    "wmf.fig.tp.legend": ("Legend", "图例"),
    "wmf.fig.tp.holds": ("self-enforcing", "能自我执行"),
    "wmf.fig.tp.fails": ("not self-enforcing", "不能自我执行"),
    "wmf.fig.tp.line": ("minimum trust", "最低信任"),
    "wmf.fig.tp.now": ("today's settings", "当前设置"),
    "wmf.fig.vp.title": ("Minimum trust — {order}", "最低信任——{order}"),
    "wmf.fig.vp.x": ("Patience (discount factor per year)", "耐心（每年的贴现因子）"),
    "wmf.fig.vp.y": ("Verification (probability a violation is caught)",
                     "可核查性（违约被发现的概率）"),
    "wmf.fig.vp.colorbar": ("Minimum trust", "最低信任"),
    "wmf.fig.vp.legend": ("Legend", "图例"),
    "wmf.fig.vp.contour": ("needs exactly today's trust ({p})", "恰好需要当前信任（{p}）"),
    "wmf.fig.vp.now": ("today's settings", "当前设置"),
    "wmf.fig.outcomes.title": ("How implementation ends ({runs} runs per order)",
                               "实施如何结束（每种次序{runs}次模拟）"),
    "wmf.fig.outcomes.x": ("Share of runs (%)", "模拟次数占比（%）"),
    "wmf.fig.outcomes.y": ("Order", "次序"),
    "wmf.fig.outcomes.legend": ("Outcome", "结果"),
}
