"""Component styles as rich `Style`s, with translucent theme colours blended in.

Rich has no alpha: `$text-muted` or `$accent 25%` must be blended over the widget's
own background before they reach a `Text` span.
"""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


def component_style(widget: Widget, name: str) -> Style:
    """The partial rich style of a component class of `widget`, alpha resolved."""
    style = widget.get_component_rich_style(name, partial=True)
    styles = widget.get_component_styles(name)
    base = widget.background_colors[1]
    extra: dict[str, object] = {}
    if styles.has_rule("background") and styles.background.a < 1:
        base = base + styles.background
        extra["bgcolor"] = base.rich_color
    if styles.has_rule("color"):
        color = styles.color
        if styles.has_rule("auto_color") and styles.auto_color:  # "auto 60%"
            color = base.get_contrast_text(color.a)
        if color.a < 1 or styles.auto_color:
            extra["color"] = (base + color).rich_color
    return style + Style(**extra) if extra else style  # type: ignore[arg-type]
