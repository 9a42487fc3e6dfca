from knowledge_base.models import GoodPracticePage
from knowledge_base.records import PracticeContent, Vocabulary
from knowledge_base.services import cluster_initiative_practices_sync, practice_update
from tests.knowledge_base.factories import (
    ClusterInitiativePageFactory,
    GoodPracticePageFactory,
)


def test_update_with_the_same_content_is_no_change(practice_index):
    practice = GoodPracticePageFactory(parent=practice_index)
    content = PracticeContent.of(practice)

    changed = practice_update(
        practice=practice, content=content, vocabulary=Vocabulary()
    )

    assert changed is False


def test_update_publishes_the_new_content(practice_index):
    practice = GoodPracticePageFactory(parent=practice_index)
    content = PracticeContent.of(practice)

    practice_update(
        practice=practice,
        content=PracticeContent(**{**content.__dict__, "title": "Nowy tytuł"}),
        vocabulary=Vocabulary(),
    )

    assert GoodPracticePage.objects.get(pk=practice.pk).title == "Nowy tytuł"


def test_initiative_type_change_reaches_its_practices(practice_index, cluster_index):
    initiative = ClusterInitiativePageFactory(parent=cluster_index, cluster_type="key")
    practice = GoodPracticePageFactory(
        parent=practice_index, cluster_initiative=initiative
    )
    initiative.cluster_type = "subregional"
    initiative.save()

    cluster_initiative_practices_sync(initiative=initiative)

    practice.refresh_from_db()
    assert practice.cluster_type == "subregional"
