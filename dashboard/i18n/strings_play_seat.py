"""Strings of the page "Play a seat" (a student plays the US or the DPRK round by round)."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav.section.classroom": ("Classroom", "课堂"),
    "nav.play_seat": ("Play a seat", "亲自上阵"),
    "play_seat.title": ("Play a seat", "亲自上阵：扮演一方"),
    "play_seat.intro": (
        "Take the place of the United States or the DPRK and choose a move each round "
        "against the model's strategy for the other side. Your moves can go wrong "
        "(**noise**), and each side may misread the other's (**misperception**): you see "
        "only what you *observed*. Both sides' **trust** is updated on what each of them "
        "saw. The same seed and the same moves replay the same game, so a class can compare.",
        "你来扮演美国或朝鲜，每一轮针对模型为对方设定的策略选择行动。你的行动可能出错（**噪声**），"
        "双方也可能误读对方的行动（**误判**）：你看到的只是你*观察到的*结果。双方的**信任**"
        "都根据各自看到的情况更新。相同的随机种子加上相同的行动会重现同一局，便于全班比较。",
    ),
    "play_seat.settings": ("Game settings", "对局设置"),
    "play_seat.seat": ("Your seat", "你扮演的一方"),
    "play_seat.scenario": ("Scenario", "情景"),
    "play_seat.custom": ("Custom payoffs (T, R, P, S)", "自定义收益（T、R、P、S）"),
    "play_seat.opponent": ("The other side's strategy", "对方的策略"),
    "play_seat.noise": ("Noise ε (chance a move goes wrong)", "噪声 ε（行动出错的概率）"),
    "play_seat.misperception": (
        "Misperception μ (chance a move is misread)", "误判 μ（行动被误读的概率）"),
    "play_seat.rounds": ("Rounds", "轮数"),
    "play_seat.payoff.T": ("T (temptation)", "T（诱惑）"),
    "play_seat.payoff.R": ("R (reward)", "R（奖励）"),
    "play_seat.payoff.P": ("P (punishment)", "P（惩罚）"),
    "play_seat.payoff.S": ("S (sucker)", "S（受骗）"),
    "play_seat.locked": (
        "The settings are locked while a game is in progress; press **New game** to change "
        "them.",
        "对局进行中，设置已锁定；如需修改，请点击**新的一局**。",
    ),
    "play_seat.new_game": ("New game", "新的一局"),
    "play_seat.your_move": ("Round {round} of {rounds}: your move", "第{round}轮（共{rounds}轮）：请出招"),
    "play_seat.move.US.C": ("Engage", "接触"),
    "play_seat.move.US.D": ("Pressure", "施压"),
    "play_seat.move.KP.C": ("Restrain", "克制"),
    "play_seat.move.KP.D": ("Provoke", "挑衅"),
    "play_seat.last_round": (
        "Round {round}: you chose **{chosen}**{went_wrong}. You saw {other} **{seen}**. "
        "Your payoff this round: {payoff:g}.",
        "第{round}轮：你选择了**{chosen}**{went_wrong}。你看到{other}选择了**{seen}**。"
        "你本轮的收益：{payoff:g}。",
    ),
    "play_seat.went_wrong": (
        " — but the move went wrong and came out as **{actual}**",
        "——但行动出了差错，实际变成了**{actual}**",
    ),
    "play_seat.metric.your_total": ("Your total", "你的总收益"),
    "play_seat.metric.their_total": ("{party} total", "{party}的总收益"),
    "play_seat.metric.your_trust": ("Your trust in {party}", "你对{party}的信任"),
    "play_seat.metric.their_trust": ("{party} trust in you", "{party}对你的信任"),
    "play_seat.history": ("Rounds so far", "已进行的回合"),
    "play_seat.col.round": ("Round", "轮次"),
    "play_seat.col.chosen": ("You chose", "你的选择"),
    "play_seat.col.came_out": ("Came out as", "实际行动"),
    "play_seat.col.seen": ("{party} as you saw it", "你看到的{party}行动"),
    "play_seat.col.your_payoff": ("Your payoff", "你的收益"),
    "play_seat.col.their_payoff": ("{party} payoff", "{party}的收益"),
    "play_seat.col.your_trust": ("Your trust", "你的信任"),
    "play_seat.col.their_trust": ("{party} trust", "{party}的信任"),
    "play_seat.finished": (
        "Game over: you scored {you:g}, {other} scored {them:g}. Your moves: `{moves}` "
        "(seed {seed}).",
        "本局结束：你得到{you:g}分，{other}得到{them:g}分。你的行动序列：`{moves}`（随机种子{seed}）。",
    ),
    "play_seat.compare_caption": (
        "Each classic strategy played your seat against the same opponent, with the same "
        "seed, noise and misperception.",
        "每个经典策略都在你的位置上，以相同的随机种子、噪声和误判，与同一个对手对局。",
    ),
    "play_seat.fig.compare.title": (
        "Your score against the classic strategies in your seat", "你的得分与经典策略在同一位置上的得分"),
    "play_seat.fig.compare.x": ("Strategy in your seat", "你所处位置上的策略"),
    "play_seat.fig.compare.y": ("Total payoff (points)", "总收益（分）"),
    "play_seat.fig.compare.legend": ("Player", "玩家"),
    "play_seat.fig.compare.you": ("You", "你"),
    "play_seat.fig.compare.classic": ("Classic strategy", "经典策略"),
    "play_seat.fig.round": ("Round", "轮次"),
    "play_seat.fig.moves.title": ("Moves round by round, as actually played", "逐轮实际行动"),
    "play_seat.fig.moves.y": ("Side", "一方"),
    "play_seat.fig.moves.legend": ("Move", "行动"),
    "play_seat.fig.cooperate": ("Cooperate (engage / restrain)", "合作（接触／克制）"),
    "play_seat.fig.defect": ("Defect (pressure / provoke)", "背叛（施压／挑衅）"),
    "play_seat.fig.noise": ("Went wrong (noise)", "行动出错（噪声）"),
    "play_seat.fig.misread": ("Misread by the other side", "被对方误读"),
    "play_seat.fig.trust.title": ("Trust round by round", "逐轮信任变化"),
    "play_seat.fig.trust.y": ("Trust (probability the other is trustworthy)", "信任（认为对方可信的概率）"),
    "play_seat.fig.trust.legend": ("Whose trust", "谁的信任"),
    "play_seat.fig.trust_of": ("Trust of {party} in {other}", "{party}对{other}的信任"),
    "play_seat.fig.trust_line": ("50% line", "50%线"),
    "play_seat.link.moves_allowed": (
        "allowed: the letters C and D only, at most {rounds} of them (the game's rounds)",
        "允许值：只能是字母 C 和 D，最多 {rounds} 个（本局的轮数）",
    ),
    "play_seat.hand_in": (
        "To hand in or share this game, copy the link in the address bar: it holds the "
        "settings and your moves, and opens the same game at the same round.",
        "如需提交或分享本局，请复制地址栏中的链接：它包含全部设置和你的行动，打开后会重现同一局、"
        "停在同一轮。",
    ),
    "play_seat.yaml.title": ("Custom game (play a seat)", "自定义对局（亲自上阵）"),
    "play_seat.yaml.description": (
        "A repeated game with custom payoffs T, R, P, S between the United States and the "
        "DPRK, as set up on the page \"Play a seat\". The side the student played is filled "
        "with tit for tat.",
        "美国与朝鲜之间、收益为自定义 T、R、P、S 的重复博弈，按“亲自上阵”页面的设置生成。"
        "学生扮演的一方在此以“以牙还牙”策略代替。",
    ),
    "play_seat.yaml.notes": (
        "Compare the score of the game played by hand with the classic strategies in the "
        "same seat, with the same seed, noise and misperception.",
        "将亲手对局的得分与同一位置、相同随机种子、噪声和误判下的经典策略得分进行比较。",
    ),
    "play_seat.yaml.question": (
        "Which of your moves did the other side misread, and what did it cost both sides?",
        "对方误读了你的哪些行动？这让双方各付出了什么代价？",
    ),
}
