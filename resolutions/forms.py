"""Forms: the admin upload of resolution files."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from resolutions.models import Committee, Language, ParagraphKind

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


class QueryField(forms.CharField):
    """Search text: control characters (NUL included) become spaces, never errors."""

    def to_python(self, value):
        value = super().to_python(value)
        return "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in value)


class SearchForm(forms.Form):
    """Parameters of /search/ and /api/search/; bad values are form errors."""

    q = QueryField(label=_("Search paragraphs"), required=False)
    lang = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("All languages")), *Language.choices],
    )
    session = forms.IntegerField(
        label=_("Session"), required=False, min_value=1, max_value=999
    )
    kind = forms.ChoiceField(
        label=_("Paragraph kind"),
        required=False,
        choices=[
            ("", _("All kinds")),
            *ParagraphKind.choices,
            ("footnote", _("footnote")),
        ],
    )
    committee = forms.ChoiceField(
        label=_("Committee"),
        required=False,
        choices=[("", _("All")), *Committee.choices],
    )
    lead = forms.CharField(label=_("Lead phrase"), required=False, max_length=200)
    sort = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[
            ("relevance", _("Relevance")),
            ("newest", _("Newest first")),
            ("oldest", _("Oldest first")),
        ],
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=500)

    def search(self):
        """Run the search these (valid) parameters describe."""
        from resolutions.search.engine import search_paragraphs

        data = self.cleaned_data
        return search_paragraphs(
            data["q"],
            filters=self.search_filters(),
            sort=data.get("sort") or "relevance",
            page=data.get("page") or 1,
        )

    def search_filters(self) -> dict:
        data = self.cleaned_data
        return {
            "language": data.get("lang") or None,
            "session": data.get("session"),
            "kind": data.get("kind") or None,
            "committee": data.get("committee") or None,
            "lead": data.get("lead") or None,
        }
