from knowledge_base.charts import members_chart
from knowledge_base.models import ClusterIndicator


def rows(*totals):
    return [
        ClusterIndicator(year=2020 + offset, enterprises=total, research_institutions=0)
        for offset, total in enumerate(totals)
    ]


def test_axis_ends_at_a_round_number_above_the_largest_total():
    chart = members_chart(rows(36, 61))

    assert [tick.value for tick in chart.ticks] == [0, 20, 40, 60, 80]


def test_bar_heights_are_proportional_to_the_totals():
    chart = members_chart(rows(20, 40))

    first, second = (bar.segments[0].height for bar in chart.bars)
    assert second == 2 * first
    assert chart.bars[1].top < chart.bars[0].top


def test_segments_stack_from_the_baseline():
    indicator = ClusterIndicator(
        year=2022, enterprises=10, research_institutions=5, other_members=5
    )

    bar = members_chart([indicator]).bars[0]

    enterprises, research, others = bar.segments
    assert enterprises.y + enterprises.height == members_chart([indicator]).baseline
    assert research.y + research.height == enterprises.y
    assert others.y == bar.top


def test_summary_gives_the_trend_and_the_latest_split():
    summary = members_chart(rows(20, 35)).summary

    assert "20" in summary and "2020" in summary
    assert "35" in summary and "2021" in summary
