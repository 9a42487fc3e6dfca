from django.urls import path

from community.views import account, invitations, members, moderation

app_name = "community"

urlpatterns = [
    path("", members.members_home, name="home"),
    path("konto/", account.account_overview, name="account"),
    path("katalog/", members.directory, name="directory"),
    path("katalog/<int:pk>/", members.member_detail, name="member_detail"),
    path("kim-jestesmy/", members.who_we_are, name="who_we_are"),
    path("profil/", account.profile_edit, name="profile_edit"),
    path("moje-dane/", account.personal_data, name="personal_data"),
    path(
        "moje-dane/eksport.json",
        account.personal_data_download,
        name="personal_data_download",
    ),
    path("usun-konto/", account.account_delete_view, name="account_delete"),
    path(
        "zaproszenie/<str:token>/",
        invitations.invitation_accept_view,
        name="invitation_accept",
    ),
    path(
        "moderacja/wnioski/",
        moderation.applications,
        name="moderation_applications",
    ),
    path(
        "moderacja/wnioski/<int:pk>/zatwierdz/",
        moderation.application_approve,
        name="application_approve",
    ),
    path(
        "moderacja/wnioski/<int:pk>/odrzuc/",
        moderation.application_reject_form,
        name="application_reject",
    ),
    path(
        "moderacja/zaproszenia/",
        moderation.invitations,
        name="moderation_invitations",
    ),
    path("moderacja/czlonkowie/", moderation.members, name="moderation_members"),
    path(
        "moderacja/czlonkowie/<int:pk>/zawies/",
        moderation.member_suspend_form,
        name="member_suspend",
    ),
    path(
        "moderacja/czlonkowie/<int:pk>/przywroc/",
        moderation.member_suspension_lift_view,
        name="member_suspension_lift",
    ),
]
