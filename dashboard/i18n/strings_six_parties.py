"""Strings of the Six parties and History pages and their figures."""

_SERIES = {
    "tension": (("Tension", "紧张程度"), ("tension (0–1)", "紧张程度（0—1）")),
    "capability": (("DPRK capability", "朝鲜核导能力"), ("capability (0–1)", "能力（0—1）")),
    "economy": (("DPRK economy", "朝鲜经济"), ("economy (1 = start level)", "经济（1 = 初始水平）")),
    "effective_sanctions": (("Effective sanctions", "有效制裁"),
                            ("intensity × enforcement (0–1)", "强度 × 执行力度（0—1）")),
    "unsc_sanctions": (("UN sanctions intensity", "联合国制裁强度"), ("intensity (0–1)", "强度（0—1）")),
    "testing_rate": (("DPRK testing rate", "朝鲜试射率"),
                     ("expected test events per quarter", "每季度预期试射次数")),
    "trust_us_kp": (("US trust in the DPRK", "美国对朝鲜的信任"), ("trust (0–1)", "信任（0—1）")),
    "trust_kp_us": (("DPRK trust in the US", "朝鲜对美国的信任"), ("trust (0–1)", "信任（0—1）")),
    "trust_given": (("Trust given (mean over the other five)", "给予的信任（对其他五方的平均）"),
                    ("trust (0–1)", "信任（0—1）")),
    "trust_received": (("Trust received (mean over the other five)", "获得的信任（其他五方的平均）"),
                       ("trust (0–1)", "信任（0—1）")),
    "talks_interest": (("Interest in talks", "谈判意愿"), ("interest (0–1)", "意愿（0—1）")),
    "pressure": (("Posture pressure", "政策姿态的施压程度"), ("pressure (0–1)", "施压程度（0—1）")),
    "enforcement": (("Sanctions enforcement", "制裁执行力度"), ("enforcement (0–1)", "执行力度（0—1）")),
}

_OUTCOMES = {
    "comprehensive_deal": ("Comprehensive deal", "全面协议"),
    "freeze_deal": ("Freeze deal", "冻结协议"),
    "stalemate": ("Stalemate", "僵局"),
    "escalation_crisis": ("Escalation crisis", "升级危机"),
    "de_facto_nuclear_state": ("De facto nuclear state", "事实上的有核国家"),
}

_EVENTS = {
    "agreement": ("Agreement", "协议"), "talks": ("Talks", "会谈"), "summit": ("Summit", "首脑会晤"),
    "nuclear_test": ("Nuclear test", "核试验"), "missile_test": ("Missile test", "导弹试射"),
    "sanction_unsc": ("UN Security Council sanctions", "联合国安理会制裁"),
    "sanction_unilateral": ("Unilateral sanctions", "单边制裁"),
    "withdrawal": ("Withdrawal", "退出"), "inspection": ("Inspection and verification", "核查"),
    "exercise": ("Military exercise", "军事演习"), "provocation": ("Other provocation", "其他挑衅"),
    "policy_shift": ("Policy shift", "政策转向"),
}

_RECORD = {
    "missile_tests": (("Missile-test events", "导弹试射次数"), ("events per year", "每年次数")),
    "nuclear_tests": (("Nuclear tests", "核试验"), ("tests per year", "每年次数")),
    "unsc_resolutions": (("UN sanctions resolutions", "联合国制裁决议"),
                         ("resolutions per year", "每年决议数")),
    "talks_quarters": (("Quarters with talks", "有会谈的季度"), ("quarters per year", "每年季度数")),
    "agreements": (("US–DPRK agreements", "美朝协议"), ("agreements per year", "每年协议数")),
}

_COUNTS = {
    "nuclear_tests": ("Nuclear tests", "核试验"),
    "missile_tests": ("Missile-test events", "导弹试射"),
    "unsc_resolutions": ("UN sanctions resolutions", "联合国制裁决议"),
    "unilateral_rounds": ("Unilateral sanctions rounds", "单边制裁轮次"),
    "sanctions_rounds": ("All sanctions rounds", "制裁总轮次"),
    "talks_rounds": ("Quarters with talks", "有谈判的季度"),
    "six_party_rounds": ("Six-party rounds", "六方会谈轮次"),
    "agreements_made": ("Agreements made", "达成的协议"),
    "agreements_broken": ("Agreements broken", "破裂的协议"),
    "broken_by_dprk": ("Broken by the DPRK", "由朝鲜破坏"),
    "broken_by_partners": ("Broken by its partners", "由其他各方破坏"),
}

STRINGS: dict[str, tuple[str, str]] = {
    "nav.six_parties": ("Six parties", "六方模型"),
    "nav.history": ("History", "历史对照"),
    "sixparty.title": ("The six parties", "六方"),
    "sixparty.intro": (
        "An agent-based model of the Six-Party Talks: the United States, the DPRK, South "
        "Korea, China, Japan and Russia, one quarter at a time. Tests, sanctions, talks and "
        "agreements are not scripted — they follow from each party's posture, trust and "
        "interests. Move a slider and compare the outcome shares.",
        "六方会谈的主体建模：美国、朝鲜、韩国、中国、日本和俄罗斯，按季度推进。试验、制裁、谈判和协议都"
        "不是预先设定的，而是由各方的政策姿态、信任和利益产生。拖动滑块，比较各种结果的比例。"),
    "sixparty.runs": ("Runs", "运行次数"),
    "sixparty.controls": ("Parameters", "参数"),
    "sixparty.cn_enforcement": ("China's sanctions enforcement", "中国的制裁执行力度"),
    "sixparty.ru_enforcement": ("Russia's sanctions enforcement", "俄罗斯的制裁执行力度"),
    "sixparty.enforcement_help": (
        "Held for the whole run: the scenario's later changes of this party's enforcement "
        "are dropped.",
        "在整个运行期间保持不变：情景中该方之后对执行力度的调整将被忽略。"),
    "sixparty.us_kp_trust": ("Initial US–DPRK trust (both ways)", "美朝初始互信（双向）"),
    "sixparty.threat": ("Exercises trigger tests (strength)", "军演引发试验（强度）"),
    "sixparty.pressure": ("Sanctions raise tests (strength)", "制裁促使试验（强度）"),
    "sixparty.self_excitation": ("A test invites the next (self-excitation)",
                                 "试验引发试验（自我激励）"),
    "sixparty.distrust": ("Sanctions deepen distrust (strength)", "制裁加深不信任（强度）"),
    "sixparty.links_help": (
        "Links the essays assert and empirical work disputes: set a strength to 0 to "
        "switch the link off.",
        "文章所主张、但实证研究有争议的机制：把强度设为0即可关闭该机制。"),
    "sixparty.tab.network": ("Trust network", "信任网络"),
    "sixparty.tab.parties": ("Party series", "各方序列"),
    "sixparty.tab.world": ("The peninsula", "半岛局势"),
    "sixparty.tab.outcomes": ("Outcomes", "结果"),
    "sixparty.tab.talks": ("Talks and agreements", "谈判与协议"),
    "sixparty.tab.setup": ("Parties' parameters", "各方参数"),
    "sixparty.quarter_pick": ("Quarter", "季度"),
    "sixparty.world_pick": ("Series", "序列"),
    "sixparty.party_pick": ("Series", "序列"),
    "sixparty.counts": ("Mean counts per run", "每次运行的平均次数"),
    "sixparty.count": ("Count", "计数"),
    "sixparty.mean": ("Mean", "平均值"),
    "sixparty.col.party": ("Party", "参与方"),
    "sixparty.col.posture": ("Posture at start", "初始政策姿态"),
    "sixparty.col.capability": ("Capability (weight)", "实力（权重）"),
    "sixparty.col.trade_share": ("Share of DPRK trade", "占朝鲜贸易份额"),
    "sixparty.col.enforcement": ("Enforcement", "执行力度"),
    "sixparty.col.acquiescence": ("UNSC acquiescence", "安理会默许程度"),
    "sixparty.col.alliance": ("Ally", "盟友"),
    "sixparty.col.positions": ("Positions: denuclearisation / sanctions / security / aid",
                               "立场：无核化 / 制裁 / 安全保证 / 援助"),
    "sixparty.trust_band.low": ("low trust (< 0.33)", "低信任（< 0.33）"),
    "sixparty.trust_band.medium": ("medium trust (0.33–0.66)", "中等信任（0.33—0.66）"),
    "sixparty.trust_band.high": ("high trust (> 0.66)", "高信任（> 0.66）"),
    "sixparty.fig.parties": ("Parties", "参与方"),
    "sixparty.fig.network": ("Mutual trust among the six, mean over runs, {quarter}",
                             "六方之间的相互信任（各次运行的平均），{quarter}"),
    "sixparty.fig.mutual_trust": ("Mutual trust", "相互信任"),
    "sixparty.fig.series": ("{series}: mean and 10–90 % band over runs",
                            "{series}：各次运行的平均值及10%—90%区间"),
    "sixparty.fig.party": ("Party", "参与方"),
    "sixparty.fig.mean_band": ("Mean and band", "平均值与区间"),
    "sixparty.fig.quarter": ("Quarter", "季度"),
    "sixparty.fig.outcomes": ("How the runs end: outcome at the horizon", "各次运行的结局：期末结果"),
    "sixparty.fig.outcome": ("Outcome", "结果"),
    "sixparty.fig.share": ("Share of runs", "运行比例"),
    "sixparty.fig.share_of_runs": ("share of runs (0–1)", "运行比例（0—1）"),
    "sixparty.fig.interval": ("Share with 95 % interval", "比例及95%置信区间"),
    "sixparty.fig.talks": ("Talks held and agreements in force, share of runs per quarter",
                           "每季度举行谈判及协议生效的运行比例"),
    "sixparty.fig.legend_talks": ("Talks and deals", "谈判与协议"),
    "sixparty.talks.six_party": ("Six-party round", "六方会谈"),
    "sixparty.talks.bilateral": ("Bilateral US–DPRK round", "美朝双边会谈"),
    "sixparty.deal.freeze": ("Freeze deal in force", "冻结协议生效"),
    "sixparty.deal.comprehensive": ("Comprehensive deal in force", "全面协议生效"),
    "history.title": ("History: the model against the record", "历史对照：模型与记录"),
    "history.intro": (
        "The real events of 1993–2024 on the time axis, and the model's yearly counts "
        "overlaid on the record. Calibration used 1993–2019 only; 2020–2024 (shaded) is "
        "out of sample. A poor fit is shown as it is.",
        "1993—2024年的真实事件按时间排列，并将模型的年度计数与记录叠加对照。校准只使用了1993—2019年的数据；"
        "2020—2024年（阴影部分）为样本外。拟合不好也如实显示。"),
    "history.types": ("Event types", "事件类型"),
    "history.series_pick": ("Series", "序列"),
    "history.fit": ("Fit to the record", "与记录的拟合"),
    "history.timing": (
        "Agreement timing — Brier score in sample {inside:.3f} (a constant forecast: "
        "{inside_constant:.3f}); out of sample {outside:.3f} (constant: {outside_constant:.3f}). "
        "Lower is better.",
        "协议时间——样本内布里尔分数 {inside:.3f}（常数预测：{inside_constant:.3f}）；样本外 "
        "{outside:.3f}（常数预测：{outside_constant:.3f}）。数值越低越好。"),
    "history.caveat": (
        "The timeline lists highlights with sources (ten dates unconfirmed); missile tests are "
        "counted from the CNS database (2024 a lower bound). Event-data studies of 2012–2016 "
        "found that exercises and UN resolutions did not predict provocations while a recent "
        "provocation did.",
        "时间线只列出附有来源的重要事件（其中十个日期未经确认）；导弹试射次数来自CNS数据库（2024年为下限）。"
        "基于2012—2016年事件数据的研究发现，联合军演和联合国决议并不能预测挑衅，而近期的挑衅却可以。"),
    "history.col.series": ("Series", "序列"),
    "history.col.period": ("Period", "时期"),
    "history.col.years": ("Years", "年份"),
    "history.col.record": ("Record", "记录"),
    "history.col.model": ("Model mean", "模型平均"),
    "history.col.interval": ("Model 90 % interval", "模型90%区间"),
    "history.col.rmse": ("RMSE per year", "年度均方根误差"),
    "history.col.correlation": ("Correlation", "相关系数"),
    "history.col.coverage": ("Coverage", "覆盖率"),
    "history.col.verdict": ("Fit", "拟合"),
    "history.period.in_sample": ("in sample", "样本内"),
    "history.period.out_of_sample": ("out of sample", "样本外"),
    "history.verdict.good": ("good", "好"),
    "history.verdict.fair": ("fair", "一般"),
    "history.verdict.poor": ("poor", "差"),
    "history.no_events": ("Choose at least one event type.", "请至少选择一种事件类型。"),
    "history.fig.events": ("The record: dated events, 1985–2024", "历史记录：有日期的事件，1985—2024年"),
    "history.fig.date": ("Date", "日期"),
    "history.fig.event_type": ("Event type", "事件类型"),
    "history.fig.record": ("Record", "记录"),
    "history.fig.model": ("Model mean", "模型平均值"),
    "history.fig.band": ("Model 5–95 % band", "模型5%—95%区间"),
    "history.fig.out_of_sample": ("out of sample", "样本外"),
    "history.fig.counts": ("{series}: record and model, per year", "{series}：记录与模型，按年"),
    "history.fig.year": ("Year", "年份"),
    "history.fig.legend": ("Record and model", "记录与模型"),
    **{f"sixparty.series.{k}": v[0] for k, v in _SERIES.items()},
    **{f"sixparty.unit.{k}": v[1] for k, v in _SERIES.items()},
    **{f"sixparty.outcome.{k}": v for k, v in _OUTCOMES.items()},
    **{f"sixparty.countname.{k}": v for k, v in _COUNTS.items()},
    **{f"history.event.{k}": v for k, v in _EVENTS.items()},
    **{f"history.series.{k}": v[0] for k, v in _RECORD.items()},
    **{f"history.unit.{k}": v[1] for k, v in _RECORD.items()},
}
