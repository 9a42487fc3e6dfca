from knowledge_base.models.clusters import (
    ClusterIndexPage,
    ClusterIndicator,
    ClusterInitiativePage,
)
from knowledge_base.models.practices import GoodPracticePage, PracticeIndexPage
from knowledge_base.models.taxonomies import (
    ClusterType,
    FundingSource,
    Sector,
    Subregion,
    Topic,
)

__all__ = [
    "ClusterIndexPage",
    "ClusterIndicator",
    "ClusterInitiativePage",
    "ClusterType",
    "FundingSource",
    "GoodPracticePage",
    "PracticeIndexPage",
    "Sector",
    "Subregion",
    "Topic",
]
