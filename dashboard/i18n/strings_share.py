"""Strings of shared links, downloads, reports and the teacher view."""

STRINGS: dict[str, tuple[str, str]] = {
    "share.warning": (
        "Some settings in this link were left out; the page uses its defaults for them:",
        "链接中的部分设置未被采用，页面对这些设置使用默认值：",
    ),
    "share.ignored": ("`{name}={value}` was left out; {allowed}", "`{name}={value}` 未采用；{allowed}"),
    "share.allowed.int": ("allowed: a whole number from {low} to {high}",
                          "允许值：{low} 到 {high} 之间的整数"),
    "share.allowed.float": ("allowed: a number from {low} to {high}",
                            "允许值：{low} 到 {high} 之间的数"),
    "share.allowed.bool": ("allowed: 0 or 1", "允许值：0 或 1"),
    "share.allowed.text": ("allowed: text of at most {n} characters",
                           "允许值：不超过 {n} 个字符的文本"),
    "share.allowed.choice": ("allowed: one of {options}", "允许值：{options} 之一"),
    "share.allowed.list": ("allowed: a comma-separated list of {options}",
                           "允许值：以逗号分隔的列表，取自 {options}"),
    "share.hint": (
        "The address bar holds this page's settings: copy it to share exactly what you see.",
        "地址栏包含本页的全部设置：复制该链接即可分享与当前完全相同的结果。",
    ),
    "teacher.toggle": ("Teacher view", "教师视图"),
    "teacher.help": (
        "For a projector: folds the controls away and enlarges charts and text.",
        "用于投影：收起控件，放大图表与文字。",
    ),
    "teacher.controls": ("Controls", "控件"),
    "results.downloads": ("Downloads", "下载"),
    "results.csv": ("Results (CSV)", "结果（CSV）"),
    "results.yaml": ("Scenario (YAML)", "情景（YAML）"),
    "results.report": ("Report (HTML)", "报告（HTML）"),
    "results.png_hint": (
        "Each chart's camera button (top right, on hover) saves it as a PNG at twice the "
        "screen resolution.",
        "将鼠标移到图表上，右上角的相机按钮可将其保存为两倍分辨率的 PNG 图片。",
    ),
    "results.made": ("Made {when} by Peninsula {version}.", "由 Peninsula {version} 于 {when} 生成。"),
    "results.link": ("Open these settings again:", "重新打开这些设置："),
    "results.settings": ("Settings", "设置"),
    "results.setting": ("Setting", "设置项"),
    "results.value": ("Value", "取值"),
    "debrief.none": ("Nothing stood out in this run.", "本次运行没有值得特别指出的现象。"),
}
