"""What the moderation views share: carrying a service's ValidationError into the
form that is shown again."""

from django.core.exceptions import ValidationError


def form_errors_from(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
