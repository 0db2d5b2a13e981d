"""Django admin: browse stored resolutions, upload files, re-parse stored sources."""

from collections import Counter

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from resolutions.forms import UploadForm
from resolutions.ingest import IngestError, ingest_uploads, reparse_resolution
from resolutions.models import (
    Adoption,
    AgendaItem,
    Citation,
    Country,
    CountryVote,
    Footnote,
    Paragraph,
    Resolution,
    SourceFile,
    Sponsorship,
)


class ParagraphInline(admin.TabularInline):
    model = Paragraph
    fields = ("position", "anchor", "kind", "number", "label", "lead", "text")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Resolution)
class ResolutionAdmin(admin.ModelAdmin):
    list_display = ("symbol", "language", "session", "title", "adopted_on", "committee")
    list_filter = ("session", "language", "committee")
    search_fields = ("symbol", "title")
    ordering = ("-session", "number_sort", "language")
    readonly_fields = ("source", "adoption", "created_at", "updated_at", "warnings")
    filter_horizontal = ("agenda_items",)
    inlines = [ParagraphInline]
    actions = ["reparse"]
    change_list_template = "admin/resolutions/resolution/change_list.html"

    def get_urls(self):
        upload = path(
            "upload/",
            self.admin_site.admin_view(self.upload_view),
            name="resolutions_resolution_upload",
        )
        return [upload, *super().get_urls()]

    def upload_view(self, request):
        """Several files or a zip; each document is stored in its own transaction
        and reported with what was parsed, or why it failed or was skipped."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        rows = []
        if request.method == "POST":
            form = UploadForm(request.POST, request.FILES)
            if form.is_valid():
                rows = ingest_uploads(
                    form.cleaned_data["files"],
                    replace_xml=form.cleaned_data["replace_xml"],
                )
                tally = Counter(row.status for row in rows)
                summary = ", ".join(
                    f"{n} {status}" for status, n in sorted(tally.items())
                )
                level = messages.ERROR if tally["failed"] else messages.SUCCESS
                self.message_user(request, _("Upload finished: %s.") % summary, level)
                form = UploadForm()
        else:
            form = UploadForm()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Upload resolutions"),
            "form": form,
            "rows": rows,
        }
        return render(request, "admin/resolutions/resolution/upload.html", context)

    @admin.action(description=_("Re-parse from stored source"))
    def reparse(self, request, queryset):
        done, failed = 0, []
        for resolution in queryset.select_related("source"):
            try:
                reparse_resolution(resolution)
                done += 1
            except IngestError as exc:
                failed.append(str(exc))
        self.message_user(
            request,
            ngettext("Re-parsed %d resolution.", "Re-parsed %d resolutions.", done)
            % done,
            messages.SUCCESS,
        )
        for error in failed:
            self.message_user(request, error, messages.ERROR)


@admin.register(AgendaItem)
class AgendaItemAdmin(admin.ModelAdmin):
    list_display = ("session", "code", "language", "title")
    list_filter = ("session", "language")
    search_fields = ("code", "title")


@admin.register(Footnote)
class FootnoteAdmin(admin.ModelAdmin):
    list_display = ("resolution", "marker", "text")
    search_fields = ("resolution__symbol", "text")
    raw_id_fields = ("resolution", "paragraph")


@admin.register(Citation)
class CitationAdmin(admin.ModelAdmin):
    list_display = ("symbol", "kind", "resolution", "text", "cited")
    list_filter = ("kind",)
    search_fields = ("symbol", "resolution__symbol")
    raw_id_fields = ("resolution", "paragraph", "footnote", "cited")


@admin.register(SourceFile)
class SourceFileAdmin(admin.ModelAdmin):
    list_display = ("filename", "format", "size", "sha256", "received_at")
    list_filter = ("format",)
    search_fields = ("filename", "sha256")
    exclude = ("content",)
    readonly_fields = ("filename", "format", "size", "sha256", "received_at")

    def has_delete_permission(self, request, obj=None):
        return False  # nothing stored is ever lost


class CountryVoteInline(admin.TabularInline):
    model = CountryVote
    extra = 0
    raw_id_fields = ("country",)


class SponsorshipInline(admin.TabularInline):
    model = Sponsorship
    extra = 0
    raw_id_fields = ("country",)


@admin.register(Adoption)
class AdoptionAdmin(admin.ModelAdmin):
    list_display = (
        "symbol",
        "session",
        "adopted_on",
        "adoption_type",
        "yes_count",
        "no_count",
        "abstain_count",
    )
    list_filter = ("session", "adoption_type", "committee")
    search_fields = ("symbol", "title")
    inlines = [CountryVoteInline, SponsorshipInline]
    filter_horizontal = ("subjects",)


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    search_fields = ("name",)
