import pytest


@pytest.mark.parametrize("model", ["topic", "sector", "subregion", "fundingsource"])
def test_editors_manage_taxonomies_as_snippets(admin_client, model):
    response = admin_client.get(f"/admin/snippets/knowledge_base/{model}/")

    assert response.status_code == 200


def test_editor_can_open_the_practice_form(admin_client, practice_index):
    url = f"/admin/pages/add/knowledge_base/goodpracticepage/{practice_index.pk}/"

    assert admin_client.get(url).status_code == 200
