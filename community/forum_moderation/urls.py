app_name = "forum_moderation"

urlpatterns = []
