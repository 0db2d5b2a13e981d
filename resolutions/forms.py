"""Forms: the admin upload of resolution files."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

ACCEPTED = (".txt", ".xml", ".jsonl", ".zip")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ",".join(ACCEPTED)})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data]
        return [single(data, initial)]


class UploadForm(forms.Form):
    files = MultipleFileField(
        label=_("Files"),
        help_text=_(
            "Resolution texts (.txt), UN Akoma Ntoso XML (.xml), metadata (.jsonl) or "
            "zip files holding them. At most %(mb)s MB per file."
        )
        % {"mb": settings.UNARCHIVE_MAX_UPLOAD_BYTES // (1024 * 1024)},
    )
    replace_xml = forms.BooleanField(
        label=_("Replace versions stored from the UN's XML"),
        required=False,
        help_text=_(
            "Off: a plain text of a resolution already stored from the UN's XML is "
            "skipped. On: you confirm it replaces that version."
        ),
    )

    def clean_files(self):
        files = self.cleaned_data["files"]
        limit = settings.UNARCHIVE_MAX_UPLOAD_BYTES
        for upload in files:
            name = upload.name.lower()
            if not name.endswith(ACCEPTED):
                raise forms.ValidationError(
                    _("%(name)s: unsupported file type; accepted: %(types)s")
                    % {"name": upload.name, "types": ", ".join(ACCEPTED)}
                )
            if upload.size > limit:
                raise forms.ValidationError(
                    _("%(name)s is %(size)s bytes; the limit is %(limit)s bytes.")
                    % {
                        "name": upload.name,
                        "size": f"{upload.size:,}",
                        "limit": f"{limit:,}",
                    }
                )
        return files
