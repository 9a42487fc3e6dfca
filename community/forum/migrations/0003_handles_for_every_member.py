"""Give every approved member who has none yet a handle. Handles used to be made on
first use, even by a read; membership services now make them on approval."""

from django.db import IntegrityError, migrations, transaction

from community.forum.services.handles import handle_base


def _name(user) -> str:
    profile = getattr(user, "profile", None)
    return (
        (profile.display_name if profile else "")
        or f"{user.first_name} {user.last_name}".strip()
        or "member"
    )


def handles_for_members(apps, schema_editor):
    Membership = apps.get_model("community", "Membership")
    MemberHandle = apps.get_model("forum", "MemberHandle")
    without = (
        Membership.objects.filter(status="approved", user__forum_handle__isnull=True)
        .select_related("user__profile")
        .order_by("pk")
    )
    for membership in without:
        base = handle_base(_name(membership.user))
        for attempt in range(1, 1000):
            handle = base if attempt == 1 else f"{base}{attempt}"
            try:
                with transaction.atomic():
                    MemberHandle.objects.create(user=membership.user, handle=handle)
            except IntegrityError:
                continue
            break


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0002_reading_reactions_handles_settings"),
        ("community", "0001_membership_profile_invitation"),
    ]

    operations = [
        migrations.RunPython(handles_for_members, migrations.RunPython.noop),
    ]
